import collections
import dataclasses

import jax
import jax.numpy as jnp
from jax import tree_util

Point = collections.namedtuple("Point", ["x", "y"])
print(tree_util.tree_structure(Point(1, 2)))
print(tree_util.tree_flatten(Point(1, (2, 3))))


@dataclasses.dataclass
class Params:
    w: object
    b: object


tree_util.register_dataclass(Params, data_fields=["w", "b"], meta_fields=[])
print(tree_util.tree_structure(Params(1, 2)))
print(tree_util.tree_map(lambda v: v + 1, Params(1, [2, 3])))


class Box:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __repr__(self):
        return f"Box({self.v!r}, {self.tag!r})"


tree_util.register_pytree_node(Box, lambda b: ((b.v,), b.tag), lambda tag, ch: Box(ch[0], tag))
print(tree_util.tree_structure(Box([1, 2], "t")))
print(tree_util.tree_map(lambda x: x * 10, Box([1, 2], "t")))
print(tree_util.tree_leaves([Box(1, "a"), Box((2, 3), "b")]))


@tree_util.register_pytree_node_class
class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def tree_flatten(self):
        return (self.a, self.b), "pair"

    @classmethod
    def tree_unflatten(cls, aux, children):
        return cls(*children)

    def __repr__(self):
        return f"Pair({self.a!r}, {self.b!r})"


print(tree_util.tree_structure(Pair(1, {"k": 2})))
print(jax.tree.map(lambda x: -x, Pair(1, {"k": 2})))
print(jax.make_jaxpr(lambda p: p.x * p.y)(Point(1.0, 2.0)))
print(jax.make_jaxpr(lambda p: Params(p.w + 1, p.b))(Params(1.0, jnp.ones(2))))
print(jax.jit(lambda p: Point(p.y, p.x))(Point(1.0, 2.0)))
print(jax.make_jaxpr(lambda p: Pair(p.b["k"], p.a))(Pair(jnp.ones(2), {"k": 3})))
