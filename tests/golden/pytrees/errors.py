import collections

import jax
from jax import tree_util

Point = collections.namedtuple("Point", ["x", "y"])


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
        print(str(e))


show(lambda: jax.tree.map(lambda x, y: x + y, (1, 2), (1, 2, 3)))
show(lambda: jax.tree.map(lambda x, y: x + y, (1, 2), [1, 2]))
show(lambda: jax.tree.map(lambda x, y: x + y, {"a": 1}, {"b": 1}))
show(lambda: jax.tree.map(lambda x, y: x + y, [1, (2, 3)], [1, (2, 3, 4)]))
show(lambda: jax.tree.map(lambda x, y: x + y, {"a": [1, 2]}, {"a": [1, {"q": 2, "r": 3}]}))
show(lambda: jax.tree.map(lambda x, y: x + y, [1, 2], [1, None]))
show(lambda: jax.tree.map(lambda x, y: x, [1, 2], [1, [3]]))
show(lambda: tree_util.tree_unflatten(tree_util.tree_structure((1, 2)), [1]))
show(lambda: tree_util.tree_unflatten(tree_util.tree_structure((1, 2)), [1, 2, 3]))
td = jax.tree.structure((1, 2))
for t in [[1, 2], {"a": 1, "b": 2}, None, 3, (1, 2, 3)]:
    show(lambda: td.flatten_up_to(t))
td = jax.tree.structure({"a": 1, "b": 2})
for t in [{"a": 1, "c": 2}, {"a": 1}, [1, 2]]:
    show(lambda: td.flatten_up_to(t))
show(lambda: jax.tree.structure([1, None]).flatten_up_to([1, 2]))
show(lambda: jax.tree.structure([1, 2]).flatten_up_to([1, 2, 3]))
show(lambda: jax.tree.structure(Point(1, 2)).flatten_up_to((1, 2)))
show(lambda: jax.tree.structure(Point(1, 2)).flatten_up_to(Point(1, [2])))
show(lambda: tree_util.flatten_one_level(3))
