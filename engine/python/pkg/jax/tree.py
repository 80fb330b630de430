"""jax.tree: short names for jax.tree_util."""
from .tree_util import tree_flatten as flatten, tree_unflatten as unflatten, tree_map as map, \
    tree_leaves as leaves, tree_structure as structure, tree_reduce as reduce, tree_all as all, \
    tree_flatten_with_path as flatten_with_path, tree_leaves_with_path as leaves_with_path, \
    tree_map_with_path as map_with_path, tree_transpose as transpose, tree_broadcast as broadcast, \
    register_static as static

__all__ = ["flatten", "unflatten", "map", "leaves", "structure", "reduce", "all", "flatten_with_path",
           "leaves_with_path", "map_with_path", "transpose", "broadcast", "static"]

from ._unsupported import module_getattr as _module_getattr  # noqa: E402

__getattr__ = _module_getattr("jax.tree")
