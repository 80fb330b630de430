"""jax.tree: short names for jax.tree_util."""
from .tree_util import tree_flatten as flatten, tree_unflatten as unflatten, tree_map as map, \
    tree_leaves as leaves, tree_structure as structure, tree_reduce as reduce, tree_all as all, \
    tree_flatten_with_path as flatten_with_path

__all__ = ["flatten", "unflatten", "map", "leaves", "structure", "reduce", "all", "flatten_with_path"]
