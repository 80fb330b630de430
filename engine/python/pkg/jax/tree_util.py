"""Pytrees: flatten, unflatten and map over nested containers, as jax.tree_util does."""
from collections import namedtuple as _namedtuple_factory

__all__ = ["tree_flatten", "tree_unflatten", "tree_map", "tree_leaves", "tree_structure", "register_pytree_node",
           "register_dataclass", "PyTreeDef", "register_pytree_node_class", "tree_flatten_with_path", "keystr",
           "tree_map_with_path", "tree_leaves_with_path", "tree_transpose", "tree_broadcast", "tree_reduce",
           "tree_all", "all_leaves", "treedef_children", "treedef_is_leaf", "treedef_tuple", "flatten_one_level",
           "is_tree_node", "Partial", "register_static", "SequenceKey", "DictKey", "GetAttrKey",
           "FlattenedIndexKey"]

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
    __slots__ = ("kind", "aux", "_children", "num_leaves", "_memo_key")

    def __init__(self, kind, aux, children):
        self.kind = kind
        self.aux = aux
        self._children = children
        self._memo_key = None
        self.num_leaves = 1 if kind == "leaf" else sum(c.num_leaves for c in children)

    @property
    def num_nodes(self):
        return 1 + sum(c.num_nodes for c in self._children)

    def _repr_inner(self):
        k = self.kind
        if k == "leaf":
            return "*"
        if k == "none":
            return "None"
        if k == "tuple":
            inner = ", ".join(c._repr_inner() for c in self._children)
            return f"({inner},)" if len(self._children) == 1 else f"({inner})"
        if k == "list":
            return "[" + ", ".join(c._repr_inner() for c in self._children) + "]"
        if k == "dict":
            return "{" + ", ".join(f"{key!r}: {c._repr_inner()}" for key, c in zip(self.aux, self._children)) + "}"
        if k == "namedtuple":
            return f"CustomNode(namedtuple[{self.aux.__name__}], [" + \
                ", ".join(c._repr_inner() for c in self._children) + "])"
        typ, aux = self.aux
        return f"CustomNode({typ.__name__}[{aux}], [" + ", ".join(c._repr_inner() for c in self._children) + "])"

    def __repr__(self):
        return f"PyTreeDef({self._repr_inner()})"

    def __eq__(self, other):
        return isinstance(other, PyTreeDef) and self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def _key(self):
        if self._memo_key is None:
            self._memo_key = self._compute_key()
        return self._memo_key

    def _compute_key(self):
        aux = self.aux
        if self.kind == "custom":
            aux = (self.aux[0], _hashable(self.aux[1]))
        return (self.kind, aux if self.kind != "dict" else tuple(aux), tuple(c._key() for c in self._children))

    def unflatten(self, leaves):
        return tree_unflatten(self, leaves)

    def children(self):
        return list(self._children)

    def compose(self, inner):
        """This structure with `inner` in place of each leaf."""
        if self.kind == "leaf":
            return inner
        return PyTreeDef(self.kind, self.aux, tuple(c.compose(inner) for c in self._children))

    def node_data(self):
        k = self.kind
        if k == "leaf":
            return None
        if k == "none":
            return (type(None), None)
        if k == "tuple":
            return (tuple, None)
        if k == "list":
            return (list, None)
        if k == "dict":
            return (dict, list(self.aux))
        if k == "namedtuple":
            return (self.aux, None)
        return self.aux

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
    leaves = list(leaves)
    if len(leaves) < treedef.num_leaves:
        raise ValueError(f"Too few leaves for PyTreeDef; expected {treedef.num_leaves}, got {len(leaves)}")
    if len(leaves) > treedef.num_leaves:
        raise ValueError(f"Too many leaves for PyTreeDef; expected {treedef.num_leaves}.")
    return _unflatten(treedef, iter(leaves))


def _unflatten(td, it):
    k = td.kind
    if k == "leaf":
        return next(it)
    if k == "none":
        return None
    children = [_unflatten(c, it) for c in td._children]
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
    for c, t in zip(td._children, _children(tree, td)):
        _flatten_up_to(c, t, out)


_NONE_PREFIX_NOTE = (
    "\n\nIn previous releases of JAX, flatten-up-to used to consider None to be a tree-prefix of non-None "
    "values. To obtain the previous behavior, you can usually write:\n"
    "  jax.tree.map(lambda x, y: None if x is None else f(x, y), a, b, is_leaf=lambda x: x is None)")


def _children(tree, td):
    """The children of `tree` at a node of structure `td`, with JAX's errors when it has another shape."""
    k = td.kind
    if k == "none":
        if tree is not None:
            raise ValueError(f"Expected None, got {tree!r}.{_NONE_PREFIX_NOTE}")
        return []
    if k in ("tuple", "list"):
        if type(tree) is not (tuple if k == "tuple" else list):
            raise ValueError(f"Expected {k}, got {tree!r}.")
        if len(tree) != len(td._children):
            raise ValueError(f"{k.capitalize()} arity mismatch: {len(tree)} != {len(td._children)}; {k}: {tree!r}.")
        return list(tree)
    if k == "namedtuple":
        if not _is_namedtuple(tree):
            raise ValueError(f"Expected named tuple, got {tree!r}.")
        if type(tree) is not td.aux or len(tree) != len(td._children):
            raise ValueError(f"Named tuple type mismatch: expected type: {td.aux!r}, tuple: {tree!r}.")
        return list(tree)
    if k == "dict":
        if type(tree) is not dict:
            raise ValueError(f"Expected dict, got {tree!r}.")
        if sorted(tree.keys()) != list(td.aux):
            raise ValueError(f"Dict key mismatch; expected keys: {list(td.aux)!r}; "
                             f"present keys: {sorted(tree.keys())!r}.")
        return [tree[key] for key in td.aux]
    typ, _ = td.aux
    if type(tree) is not typ:
        raise ValueError(f"Custom node type mismatch: expected type: {typ!r}, value: {tree!r}.")
    return list(_registry[typ][0](tree)[0])


def tree_map(f, tree, *rest, is_leaf=None):
    leaves, treedef = tree_flatten(tree, is_leaf)
    all_leaves = [leaves]
    for other in rest:
        try:
            all_leaves.append(treedef.flatten_up_to(other))
        except Exception as e:
            err = next(prefix_errors(tree, other, "tree_map tree", is_leaf), None)
            raise (err if err is not None else e) from None
    return treedef.unflatten(f(*xs) for xs in zip(*all_leaves))


def tree_map_with_path(f, tree, *rest, is_leaf=None):
    keyed, treedef = tree_flatten_with_path(tree, is_leaf)
    paths = [path for path, _ in keyed]
    all_leaves = [[leaf for _, leaf in keyed]] + [treedef.flatten_up_to(r) for r in rest]
    return treedef.unflatten(f(path, *xs) for path, *xs in zip(paths, *all_leaves))


def tree_leaves_with_path(tree, is_leaf=None):
    return tree_flatten_with_path(tree, is_leaf)[0]


def tree_transpose(outer_treedef, inner_treedef, pytree_to_transpose):
    flat, treedef = tree_flatten(pytree_to_transpose)
    if inner_treedef is None:
        inner_treedef = tree_structure(outer_treedef.flatten_up_to(pytree_to_transpose)[0])
    inner_size = inner_treedef.num_leaves
    outer_size = outer_treedef.num_leaves
    if treedef.num_leaves != inner_size * outer_size:
        raise TypeError(f"Mismatch\n{treedef}\n != \n{outer_treedef.compose(inner_treedef)}")
    it = iter(flat)
    rows = [[next(it) for _ in range(inner_size)] for _ in range(outer_size)]
    return tree_unflatten(inner_treedef, [tree_unflatten(outer_treedef, col) for col in zip(*rows)])


def tree_broadcast(prefix_tree, full_tree, is_leaf=None):
    full = tree_structure(full_tree, is_leaf)
    out = []
    for prefix_leaf, subtree in zip(tree_leaves(prefix_tree, is_leaf),
                                    tree_structure(prefix_tree, is_leaf).flatten_up_to(full_tree)):
        out.extend([prefix_leaf] * tree_structure(subtree, is_leaf).num_leaves)
    return full.unflatten(out)


def treedef_children(treedef):
    return treedef.children()


def treedef_is_leaf(treedef):
    return treedef.num_nodes == 1


def treedef_tuple(treedefs):
    return PyTreeDef("tuple", None, tuple(treedefs))


def flatten_one_level(tree):
    """The children of one pytree node and its metadata, as jax.tree_util.flatten_one_level."""
    if tree is None:
        return (), None
    t = type(tree)
    if t in _registry:
        children, aux = _registry[t][0](tree)
        return children, aux
    if t is tuple or t is list:
        return tree, None
    if t is dict:
        keys = sorted(tree.keys())
        return tuple(tree[k] for k in keys), tuple(keys)
    if _is_namedtuple(tree):
        return tuple(tree), t
    raise ValueError(f"can't tree-flatten type: {t}")


def is_tree_node(x):
    return x is None or type(x) in (tuple, list, dict) or type(x) in _registry or _is_namedtuple(x)


def _child_keys(tree):
    t = type(tree)
    if t is tuple or t is list:
        return [SequenceKey(i) for i in range(len(tree))]
    if t is dict:
        return [DictKey(k) for k in sorted(tree.keys())]
    if _is_namedtuple(tree):
        return [GetAttrKey(name) for name in t._fields]
    if t in _registry:
        return [FlattenedIndexKey(i) for i in range(len(list(_registry[t][0](tree)[0])))]
    return []


def prefix_errors(prefix_tree, full_tree, name, is_leaf=None, key_path=()):
    """JAX's explanations of why `prefix_tree` is not a prefix of `full_tree`, as ValueErrors."""
    if tree_structure(prefix_tree, is_leaf).kind == "leaf":
        return
    if type(prefix_tree) != type(full_tree):
        yield ValueError(
            "pytree structure error: different types at key path\n"
            f"    {name}{keystr(key_path)}\n"
            f"At that key path, the prefix pytree {name} has a subtree of type\n"
            f"    {type(prefix_tree)}\n"
            "but at the same key path the full pytree has a subtree of different type\n"
            f"    {type(full_tree)}.")
        return
    prefix_children, prefix_meta = flatten_one_level(prefix_tree)
    full_children, full_meta = flatten_one_level(full_tree)
    prefix_children, full_children = tuple(prefix_children), tuple(full_children)
    prefix_keys, full_keys = _child_keys(prefix_tree), _child_keys(full_tree)
    if isinstance(prefix_tree, (list, tuple)):
        if len(prefix_tree) != len(full_tree):
            ty = type(prefix_tree).__name__
            yield ValueError(
                f"pytree structure error: different lengths of {ty} at key path\n"
                f"    {name}{keystr(key_path)}\n"
                f"At that key path, the prefix pytree {name} has a subtree of type {ty} of length "
                f"{len(prefix_tree)}, but the full pytree has a subtree of the same type but of length "
                f"{len(full_tree)}.")
            return
    elif len(prefix_children) != len(full_children):
        diff = set(prefix_keys).symmetric_difference(set(full_keys))
        yield ValueError(
            "pytree structure error: different numbers of pytree children at key path\n"
            f"    {name}{keystr(key_path)}\n"
            f"At that key path, the prefix pytree {name} has a subtree of type\n"
            f"    {type(prefix_tree)}\n"
            f"with {len(prefix_children)} child keys\n"
            f"    {' '.join(str(k.key) for k in prefix_keys)}\n"
            "but at the same key path the full pytree has a subtree of the same type but with "
            f"{len(full_children)} child keys\n"
            f"    {' '.join(str(k.key) for k in full_keys)}\n"
            "so the symmetric difference on key sets is\n"
            f"    {' '.join(str(k.key) for k in diff)}")
        return
    if prefix_meta != full_meta:
        import difflib
        import textwrap
        prefix_str, full_str = str(prefix_meta), str(full_meta)
        diff = textwrap.indent("\n".join(difflib.ndiff(prefix_str.splitlines(), full_str.splitlines())),
                               prefix="    ")
        yield ValueError(
            "pytree structure error: different pytree metadata at key path\n"
            f"    {name}{keystr(key_path)}\n"
            f"At that key path, the prefix pytree {name} has a subtree of type\n"
            f"    {type(prefix_tree)}\n"
            "with metadata\n"
            f"    {prefix_str}\n"
            "but at the same key path the full pytree has a subtree of the same type but with metadata\n"
            f"    {full_str}\n"
            "so the diff in the metadata at these pytree nodes is\n"
            f"{diff}")
        return
    for k, a, b in zip(prefix_keys, prefix_children, full_children):
        yield from prefix_errors(a, b, name, is_leaf, (*key_path, k))


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


class Partial(__import__("functools").partial):
    """A functools.partial whose bound arguments are pytree leaves (its function is static)."""


register_pytree_node(
    Partial,
    lambda p: ((p.args, p.keywords), p.func),
    lambda func, xs: Partial(func, *xs[0], **xs[1]),
)


def register_static(cls):
    """Register `cls` as a pytree node with no children: its instances are static data."""
    register_pytree_node(cls, lambda x: ((), x), lambda x, _: x)
    return cls

from ._unsupported import module_getattr as _module_getattr  # noqa: E402

__getattr__ = _module_getattr("jax.tree_util")
