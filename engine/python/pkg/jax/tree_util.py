"""Pytrees: flatten, unflatten and map over nested containers, as jax.tree_util does."""
from collections import namedtuple as _namedtuple_factory

__all__ = ["tree_flatten", "tree_unflatten", "tree_map", "tree_leaves", "tree_structure", "register_pytree_node",
           "register_dataclass", "PyTreeDef", "register_pytree_node_class", "tree_flatten_with_path", "keystr"]

_registry = {}


def register_pytree_node(nodetype, flatten_func, unflatten_func, flatten_with_keys_func=None):
    _registry[nodetype] = (flatten_func, unflatten_func)


def register_pytree_node_class(cls):
    register_pytree_node(cls, lambda x: x.tree_flatten(), cls.tree_unflatten)
    return cls


def register_dataclass(nodetype, data_fields=None, meta_fields=None, drop_fields=()):
    import dataclasses
    if data_fields is None:
        data_fields = [f.name for f in dataclasses.fields(nodetype) if not f.metadata.get("static", False)]
        meta_fields = [f.name for f in dataclasses.fields(nodetype) if f.metadata.get("static", False)]
    meta_fields = list(meta_fields or [])
    data_fields = list(data_fields)

    def flatten(x):
        return [getattr(x, f) for f in data_fields], tuple(getattr(x, f) for f in meta_fields)

    def unflatten(meta, children):
        kwargs = dict(zip(data_fields, children))
        kwargs.update(zip(meta_fields, meta))
        return nodetype(**kwargs)

    register_pytree_node(nodetype, flatten, unflatten)
    return nodetype


def _is_namedtuple(x):
    return isinstance(x, tuple) and hasattr(type(x), "_fields")


class PyTreeDef:
    """The structure of a pytree: a node kind, its auxiliary data and its children."""
    __slots__ = ("kind", "aux", "children", "num_leaves")

    def __init__(self, kind, aux, children):
        self.kind = kind
        self.aux = aux
        self.children = children
        self.num_leaves = 1 if kind == "leaf" else sum(c.num_leaves for c in children)

    @property
    def num_nodes(self):
        return 1 + sum(c.num_nodes for c in self.children)

    def _repr_inner(self):
        k = self.kind
        if k == "leaf":
            return "*"
        if k == "none":
            return "None"
        if k == "tuple":
            inner = ", ".join(c._repr_inner() for c in self.children)
            return f"({inner},)" if len(self.children) == 1 else f"({inner})"
        if k == "list":
            return "[" + ", ".join(c._repr_inner() for c in self.children) + "]"
        if k == "dict":
            return "{" + ", ".join(f"{key!r}: {c._repr_inner()}" for key, c in zip(self.aux, self.children)) + "}"
        if k == "namedtuple":
            return f"CustomNode(namedtuple[{self.aux.__name__}], [" + \
                ", ".join(c._repr_inner() for c in self.children) + "])"
        typ, aux = self.aux
        return f"CustomNode({typ.__name__}[{aux!r}], [" + ", ".join(c._repr_inner() for c in self.children) + "])"

    def __repr__(self):
        return f"PyTreeDef({self._repr_inner()})"

    def __eq__(self, other):
        return isinstance(other, PyTreeDef) and self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def _key(self):
        aux = self.aux
        if self.kind == "custom":
            aux = (self.aux[0], _hashable(self.aux[1]))
        return (self.kind, aux if self.kind != "dict" else tuple(aux), tuple(c._key() for c in self.children))

    def unflatten(self, leaves):
        return tree_unflatten(self, leaves)

    def flatten_up_to(self, tree):
        out = []
        _flatten_up_to(self, tree, out)
        return out


def _hashable(x):
    try:
        hash(x)
        return x
    except TypeError:
        return repr(x)


_LEAF = PyTreeDef("leaf", None, ())


def _flatten(x, leaves, is_leaf):
    if is_leaf is not None and is_leaf(x):
        leaves.append(x)
        return _LEAF
    if x is None:
        return PyTreeDef("none", None, ())
    t = type(x)
    if t in _registry:
        flatten_func, _ = _registry[t]
        children, aux = flatten_func(x)
        return PyTreeDef("custom", (t, aux), tuple(_flatten(c, leaves, is_leaf) for c in children))
    if t is tuple:
        return PyTreeDef("tuple", None, tuple(_flatten(c, leaves, is_leaf) for c in x))
    if t is list:
        return PyTreeDef("list", None, tuple(_flatten(c, leaves, is_leaf) for c in x))
    if t is dict:
        keys = sorted(x.keys())
        return PyTreeDef("dict", tuple(keys), tuple(_flatten(x[k], leaves, is_leaf) for k in keys))
    if _is_namedtuple(x):
        return PyTreeDef("namedtuple", t, tuple(_flatten(c, leaves, is_leaf) for c in x))
    leaves.append(x)
    return _LEAF


def tree_flatten(tree, is_leaf=None):
    leaves = []
    treedef = _flatten(tree, leaves, is_leaf)
    return leaves, treedef


def tree_leaves(tree, is_leaf=None):
    return tree_flatten(tree, is_leaf)[0]


def tree_structure(tree, is_leaf=None):
    return tree_flatten(tree, is_leaf)[1]


def tree_unflatten(treedef, leaves):
    it = iter(leaves)
    out = _unflatten(treedef, it)
    return out


def _unflatten(td, it):
    k = td.kind
    if k == "leaf":
        return next(it)
    if k == "none":
        return None
    children = [_unflatten(c, it) for c in td.children]
    if k == "tuple":
        return tuple(children)
    if k == "list":
        return children
    if k == "dict":
        return dict(zip(td.aux, children))
    if k == "namedtuple":
        return td.aux(*children)
    typ, aux = td.aux
    return _registry[typ][1](aux, children)


def _flatten_up_to(td, tree, out):
    if td.kind == "leaf":
        out.append(tree)
        return
    sub_leaves = []
    sub = _flatten(tree, sub_leaves, lambda x: x is not tree)
    if td.kind == "none":
        return
    children = _children(tree, td)
    for c, t in zip(td.children, children):
        _flatten_up_to(c, t, out)


def _children(tree, td):
    k = td.kind
    if k in ("tuple", "list", "namedtuple"):
        if len(tree) != len(td.children):
            raise ValueError(f"Tuple arity mismatch: {len(tree)} != {len(td.children)}; tuple: {tree!r}.")
        return list(tree)
    if k == "dict":
        return [tree[key] for key in td.aux]
    typ, _ = td.aux
    return list(_registry[typ][0](tree)[0])


def tree_map(f, tree, *rest, is_leaf=None):
    leaves, treedef = tree_flatten(tree, is_leaf)
    all_leaves = [leaves] + [treedef.flatten_up_to(r) for r in rest]
    return treedef.unflatten(f(*xs) for xs in zip(*all_leaves))


def tree_reduce(function, tree, initializer=None, is_leaf=None):
    import functools
    leaves = tree_leaves(tree, is_leaf)
    if initializer is None:
        return functools.reduce(function, leaves)
    return functools.reduce(function, leaves, initializer)


def tree_all(tree, is_leaf=None):
    return all(tree_leaves(tree, is_leaf))


def all_leaves(iterable, is_leaf=None):
    return all(tree_structure(x, is_leaf) == _LEAF for x in iterable)


def _keystr_piece(k):
    return k


class SequenceKey(_namedtuple_factory("SequenceKey", ["idx"])):
    def __str__(self):
        return f"[{self.idx!r}]"


class DictKey(_namedtuple_factory("DictKey", ["key"])):
    def __str__(self):
        return f"[{self.key!r}]"


class GetAttrKey(_namedtuple_factory("GetAttrKey", ["name"])):
    def __str__(self):
        return f".{self.name}"


class FlattenedIndexKey(_namedtuple_factory("FlattenedIndexKey", ["key"])):
    def __str__(self):
        return f"[<flat index {self.key}>]"


def tree_flatten_with_path(tree, is_leaf=None):
    out = []
    treedef = tree_structure(tree, is_leaf)
    _paths(tree, (), out, is_leaf)
    return out, treedef


def _paths(x, path, out, is_leaf):
    if is_leaf is not None and is_leaf(x):
        out.append((path, x))
        return
    if x is None:
        return
    t = type(x)
    if t in _registry:
        children, _ = _registry[t][0](x)
        for i, c in enumerate(children):
            _paths(c, path + (FlattenedIndexKey(i),), out, is_leaf)
    elif t in (tuple, list):
        for i, c in enumerate(x):
            _paths(c, path + (SequenceKey(i),), out, is_leaf)
    elif t is dict:
        for k in sorted(x.keys()):
            _paths(x[k], path + (DictKey(k),), out, is_leaf)
    elif _is_namedtuple(x):
        for name, c in zip(type(x)._fields, x):
            _paths(c, path + (GetAttrKey(name),), out, is_leaf)
    else:
        out.append((path, x))


def keystr(keys, *, simple=False, separator=""):
    if simple:
        return separator.join(str(getattr(k, "idx", getattr(k, "key", getattr(k, "name", k)))) for k in keys)
    return "".join(str(k) for k in keys)
