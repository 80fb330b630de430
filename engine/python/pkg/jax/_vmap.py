"""jax.vmap: checks and pytree plumbing as JAX's api.vmap does them; the batching is done by the engine."""
import collections
import inspect

from pyodide.ffi import JsException, to_js

from ._core import Array, lift, python_error, wrap
from . import _call_log, tree_util
import _traceur as _E

_VMAP_AXES_MSG = ("vmap in_axes must be an int, None, or a tuple of entries corresponding to the positional "
                  "arguments passed to the function")


def _is_axis(x):
    return type(x) is int


def _check_axes_leaves(tree):
    return all(_is_axis(leaf) for leaf in tree_util.tree_leaves(tree))


class _PrefixMismatch(Exception):
    pass


def _broadcast_prefix(axis_td, axis_leaves, td, out):
    """Each leaf of the axis tree covers the whole matching subtree of the value tree."""
    if axis_td.kind == "leaf":
        out.extend([next(axis_leaves)] * td.num_leaves)
        return
    if axis_td.kind == "none" and td.kind == "none":
        return
    if axis_td.kind != td.kind or axis_td.aux != td.aux or len(axis_td._children) != len(td._children):
        raise _PrefixMismatch()
    for a, c in zip(axis_td._children, td._children):
        _broadcast_prefix(a, axis_leaves, c, out)


def flatten_axes(name, treedef, axis_tree, described):
    """`api_util.flatten_axes`: one axis per leaf of `treedef`, from a tree prefix of it (None is a leaf).
    `described` is (axes, value) as the error's details compare them."""
    leaves, axis_td = tree_util.tree_flatten(axis_tree, is_leaf=lambda x: x is None)
    out = []
    try:
        _broadcast_prefix(axis_td, iter(leaves), treedef, out)
    except _PrefixMismatch:
        errors = _prefix_errors(*described, name)
        details = "\n  ".join(errors)
        raise ValueError(f"{name} specification must be a tree prefix of the corresponding value; "
                         f"\n  Mismatch details ({len(errors)} found):\n  {details}") from None
    return out


class _PytreeLeaf:
    """What JAX puts in place of each value leaf before comparing it with the axes (`api_util.PytreeLeaf`)."""
    def __repr__(self):
        return "pytree leaf"


_PytreeLeaf.__module__ = "jax._src.api_util"
_PytreeLeaf.__qualname__ = _PytreeLeaf.__name__ = "PytreeLeaf"


def _prefix_errors(prefix, full, name):
    """The mismatch details of JAX's flatten_axes: the value's leaves replaced by PytreeLeaf, None an axis."""
    dummy = tree_util.tree_map(lambda _: _PytreeLeaf(), full)
    return [str(e) for e in tree_util.prefix_errors(prefix, dummy, name, is_leaf=lambda x: x is None)]


def _shape_of(x):
    if isinstance(x, Array) or hasattr(x, "_traceur_value"):
        h = x._h if isinstance(x, Array) else x._traceur_value()
        return tuple(_E.info(h)[0])
    if type(x) in (bool, int, float, complex):
        return ()
    return None


def _type_str(x):
    if isinstance(x, Array) or hasattr(x, "_traceur_value"):
        h = x._h if isinstance(x, Array) else x._traceur_value()
        shape, dt, _, _ = _E.info(h)
        return f"{dt}[{','.join(str(d) for d in shape)}]"
    scalar = {bool: "bool", int: "int32", float: "float32"}.get(type(x))
    return f"{scalar}[]" if scalar else "unknown"


def _mapped_axis_size(fn, in_tree, vals, dims, axis_size):
    if not vals:
        if axis_size is not None:
            return axis_size
        args, kwargs = tree_util.tree_unflatten(in_tree, vals)
        raise ValueError("vmap wrapped function must be passed at least one argument containing an array or "
                         f"axis_size must be specified, got empty *args={args} and **kwargs={kwargs}")

    def axis_size_of(x, axis):
        shape = _shape_of(x)
        if shape is None:
            return None
        if -len(shape) <= axis < len(shape):
            return shape[axis]
        min_rank = axis + 1 if axis >= 0 else -axis
        raise ValueError(f"vmap was requested to map its argument along axis {axis}, which implies that its rank "
                         f"should be at least {min_rank}, but is only {len(shape)} (its shape is {shape})")

    mapped = [None if d is None else axis_size_of(x, d) for x, d in zip(vals, dims)]
    sizes = [s for s in mapped if s is not None]
    if axis_size is not None:
        sizes.append(axis_size)
    distinct = list(dict.fromkeys(sizes))
    if len(distinct) == 1:
        return distinct[0]
    if not distinct:
        raise ValueError("vmap must have at least one non-None value in in_axes or axis_size must be specified")
    raise ValueError(_inconsistent_sizes_message(fn, in_tree, vals, dims, mapped, axis_size))


def _inconsistent_sizes_message(fn, in_tree, vals, dims, mapped, axis_size):
    args, kwargs = tree_util.tree_unflatten(in_tree, vals)
    try:
        params = list(inspect.signature(fn).bind(*args, **kwargs).signature.parameters.keys())
    except (TypeError, ValueError):
        params = None

    def arg_name(path):
        i = path[0].idx
        if params is None or i >= len(params):
            return f"args{tree_util.keystr(path)}"
        return f"argument {params[i]}" + (tree_util.keystr(path[1:]) if len(path) > 1 else "")

    key_paths = [f"{arg_name(p)} of type {_type_str(x)}" for p, x in tree_util.tree_flatten_with_path(args)[0]]
    key_paths += [f"kwargs{tree_util.keystr(p)} of type {_type_str(x)}"
                  for p, x in tree_util.tree_flatten_with_path(kwargs)[0]]
    counts = collections.Counter(s for s in mapped if s is not None).most_common()

    def first_index(sz):
        return next(i for i, s in enumerate(mapped) if s == sz)

    msg = ["vmap got inconsistent sizes for array axes to be mapped:\n"]
    if axis_size is not None:
        msg.append(f"  * the `axis_size` argument was {axis_size};\n")
    for k, (sz, ct) in enumerate(counts):
        i = first_index(sz)
        ex, ax = key_paths[i], dims[i]
        if ct == 1:
            msg.append(f"  * one axis had size {sz}: axis {ax} of {ex};\n")
        elif k == 0:
            msg.append(f"  * most axes ({ct} of them) had size {sz}, e.g. axis {ax} of {ex};\n")
        else:
            msg.append(f"  * some axes ({ct} of them) had size {sz}, e.g. axis {ax} of {ex};\n")
    return "".join(msg)[:-2]


def _canonical_axis(axis, ndim):
    if not -ndim <= axis < ndim:
        raise ValueError(f"axis {axis} is out of bounds for array of dimension {ndim}")
    return axis + ndim if axis < 0 else axis


def vmap(fun, in_axes=0, out_axes=0, axis_name=None, axis_size=None, spmd_axis_name=None):
    if not callable(fun):
        raise TypeError(f"Expected a callable value, got {fun}")
    if spmd_axis_name is not None:
        raise NotImplementedError("Traceur does not support vmap(spmd_axis_name=...) yet.")
    if isinstance(in_axes, list):
        in_axes = tuple(in_axes)
    if not (in_axes is None or type(in_axes) in (int, tuple)):
        raise TypeError(f"{_VMAP_AXES_MSG}, but got {in_axes}.")
    if not _check_axes_leaves(in_axes):
        raise TypeError(f"vmap in_axes must be an int, None, or (nested) container with those types as leaves, "
                        f"but got {in_axes}.")
    if not _check_axes_leaves(out_axes):
        raise TypeError(f"vmap out_axes must be an int, None, or (nested) container with those types as leaves, "
                        f"but got {out_axes}.")

    name, transforms = _call_log.fun_name(fun), _call_log.transforms_of("vmap", fun)

    @_wraps(fun)
    def vmap_f(*args, **kwargs):
        if _call_log.enabled:
            return _call_log.observe(vmap_f, name, transforms, args, kwargs)
        if isinstance(in_axes, tuple) and len(in_axes) != len(args):
            raise ValueError(f"{_VMAP_AXES_MSG}, but got len(in_axes)={len(in_axes)}, len(args)={len(args)}")
        flat, in_tree = tree_util.tree_flatten((args, kwargs))
        in_axes_flat = flatten_axes("vmap in_axes", in_tree, (in_axes, 0), (in_axes, args))
        for x, d in zip(flat, in_axes_flat):
            if d is not None and _shape_of(x) is None:
                raise TypeError(f"Argument '{x}' of type {type(x)} is not a valid JAX type")
        size = _mapped_axis_size(fun, in_tree, flat, in_axes_flat, axis_size)
        batched = [i for i, d in enumerate(in_axes_flat) if d is not None]
        dims = [_canonical_axis(in_axes_flat[i], len(_shape_of(flat[i]))) for i in batched]
        try:
            vid, tracers = _E.vmapBegin(to_js([lift(flat[i]) for i in batched]), to_js(dims), size, axis_name)
        except JsException as e:
            raise python_error(e) from None
        try:
            leaves = list(flat)
            for i, t in zip(batched, tracers):
                leaves[i] = wrap(t)
            in_args, in_kwargs = tree_util.tree_unflatten(in_tree, leaves)
            out = fun(*in_args, **in_kwargs)
            out_flat, out_tree = tree_util.tree_flatten(out)
            out_axes_flat = flatten_axes("vmap out_axes", out_tree, out_axes, (out_axes, out))
            paths = [tree_util.keystr(p) for p, _ in tree_util.tree_flatten_with_path(out)[0]]
            out_values = to_js([_lift_output(o) for o in out_flat])
        except BaseException:
            _E.vmapAbort(vid)
            raise
        try:
            outs = _E.vmapEnd(vid, out_values, to_js(out_axes_flat), to_js(paths))
        except JsException as e:
            raise python_error(e) from None
        return tree_util.tree_unflatten(out_tree, [wrap(o) for o in outs])

    vmap_f._traceur_transforms = transforms
    return vmap_f


def _wraps(wrapped):
    """`api_util.wraps` without copying the wrapped object's attributes (a jitted function keeps its state there)."""
    def wrapper(fun):
        for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
            if hasattr(wrapped, attr):
                setattr(fun, attr, getattr(wrapped, attr))
        fun.__wrapped__ = wrapped
        return fun
    return wrapper


def _lift_output(x):
    try:
        return lift(x)
    except (TypeError, ValueError):
        raise TypeError(f"Output from batched function {x!r} with type {type(x)} is not a valid JAX type") from None
