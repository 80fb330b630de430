import jax
import jax.numpy as jnp
from jax import tree_util

print(tree_util.tree_leaves({"b": None, "a": [1, (2,)]}))
print(tree_util.tree_structure({"b": None, "a": [1, (2,)]}))
for t in [5, None, (), [], {}, (1,), [1, [2, [3]]], {"z": 1, "a": {"y": 2, "b": 3}}, ((), [None])]:
    print(tree_util.tree_structure(t))
td = tree_util.tree_structure((1, [2, 3]))
print(td.num_leaves, td.num_nodes)
print(td)
print(repr(td))
print(td == tree_util.tree_structure((5, [6, 7])), td == tree_util.tree_structure((5, (6, 7))))
print(tree_util.treedef_children(td))
print(tree_util.treedef_is_leaf(tree_util.tree_structure(1)), tree_util.treedef_is_leaf(td))
print(tree_util.treedef_tuple([tree_util.tree_structure(1), tree_util.tree_structure([1])]))
print(tree_util.tree_structure([1, 2]).node_data())
print(tree_util.tree_structure({"b": 1, "a": 2}).node_data())
print(tree_util.tree_structure([1, 2]).children())
print(tree_util.tree_structure((1, 2)).unflatten([3, 4]))
print(tree_util.tree_structure({"a": 1, "b": 2}).flatten_up_to({"a": [1], "b": 3}))
print(tree_util.flatten_one_level((1, [2])))
print(tree_util.flatten_one_level({"b": 1, "a": 2}))
print(jax.tree.flatten({"x": jnp.ones(2), "y": (jnp.zeros(1), 3)}))
print(jax.tree.unflatten(jax.tree.structure([0, (0, 0)]), ["a", "b", "c"]))
