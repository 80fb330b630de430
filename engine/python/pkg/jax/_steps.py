"""Step records for the app: how a transformation builds its result, as JSON (see docs/step-records.md)."""
from pyodide.ffi import JsException, to_js

from ._core import Array, asarray_value, python_error, wrap
from ._tracing import make_jaxpr
import _traceur as _E


def _example(x, axis):
    """One element of the batch: what the function sees of `x` under vmap."""
    if axis is None:
        return x
    a = x if isinstance(x, Array) else wrap(asarray_value(x, None))
    axis = axis + a.ndim if axis < 0 else axis
    return a[(slice(None),) * axis + (0,)]


def vmap_record(fun, in_axes, *args):
    """The vmap step record of `fun` over positional array arguments, batched along `in_axes` (int, None or a
    tuple of them), as JSON text."""
    axes = tuple(in_axes) if isinstance(in_axes, (tuple, list)) else (in_axes,) * len(args)
    sizes = {x.shape[ax] if isinstance(x, Array) else len(x) for x, ax in zip(args, axes) if ax is not None}
    if len(sizes) != 1:
        raise ValueError("vmap_record needs batched arguments that share one batch size")
    closed = make_jaxpr(fun)(*[_example(x, ax) for x, ax in zip(args, axes)])
    try:
        return _E.recordVmap(closed._h, to_js(list(axes)), sizes.pop())
    except JsException as e:
        raise python_error(e) from None


def grad_record(fun, *args):
    """The grad step record of `fun` with respect to all its (float, array) arguments, as JSON text."""
    closed = make_jaxpr(fun)(*args)
    try:
        return _E.recordGrad(closed._h)
    except JsException as e:
        raise python_error(e) from None


def jvp_record(fun, *args):
    """The jvp step record of `fun` with a tangent for each of its (float, array) arguments, as JSON text."""
    closed = make_jaxpr(fun)(*args)
    try:
        return _E.recordJvp(closed._h)
    except JsException as e:
        raise python_error(e) from None
