"""The Array type and the conversions between Python values and engine values.

All computation happens in the TypeScript engine (`_traceur`); an Array only holds a handle to an
engine value (a concrete array or a tracer)."""
import sys

import _traceur
from pyodide.ffi import JsException, JsArray, JsProxy, to_js

from . import errors as _errors
from ._dtypes import dtype, engine_dtype

_E = _traceur
_PY_ERRORS = {
    "TypeError": TypeError, "ValueError": ValueError, "IndexError": IndexError,
    "NotImplementedError": NotImplementedError, "MemoryError": MemoryError, "OverflowError": OverflowError,
    "ZeroDivisionError": ZeroDivisionError, "AttributeError": AttributeError, "KeyError": KeyError,
    "ConcretizationTypeError": _errors.ConcretizationTypeError,
    "TracerBoolConversionError": _errors.TracerBoolConversionError,
    "TracerIntegerConversionError": _errors.TracerIntegerConversionError,
    "TracerArrayConversionError": _errors.TracerArrayConversionError,
    "NonConcreteBooleanIndexError": _errors.NonConcreteBooleanIndexError,
    "UnexpectedTracerError": _errors.UnexpectedTracerError,
}


def python_error(e):
    """The Python exception for an engine error (a JsException carrying `pyType`)."""
    py_type = getattr(e, "pyType", None)
    cls = _PY_ERRORS.get(py_type)
    if cls is None:
        return RuntimeError(f"Traceur internal error: {getattr(e, 'message', e)}")
    return cls(e.message)


class Array:
    """A JAX array, concrete or traced (jax.Array)."""
    __slots__ = ("_h", "__weakref__")
    __array_priority__ = 100

    # ---- attributes ----
    @property
    def shape(self):
        return tuple(_E.info(self._h)[0])

    @property
    def dtype(self):
        return dtype(_E.info(self._h)[1])

    @property
    def weak_type(self):
        return bool(_E.info(self._h)[2])

    @property
    def ndim(self):
        return len(_E.info(self._h)[0])

    @property
    def size(self):
        n = 1
        for d in _E.info(self._h)[0]:
            n *= d
        return n

    @property
    def T(self):
        from jax import numpy as jnp
        return jnp.transpose(self)

    @property
    def mT(self):
        from jax import numpy as jnp
        return jnp.swapaxes(self, -1, -2)

    @property
    def at(self):
        from ._indexing import _IndexUpdateHelper
        return _IndexUpdateHelper(self)

    # ---- conversion to Python ----
    def _to_py(self, fn):
        try:
            v = _E.toPy(self._h, fn)
        except JsException as e:
            raise python_error(e) from None
        return v.to_py() if isinstance(v, JsProxy) else v

    def __bool__(self):
        if self.size != 1:
            raise ValueError("The truth value of an array with more than one element is ambiguous. "
                             "Use a.any() or a.all()")
        v = self._to_py("bool")
        return bool(_first(v))

    def __int__(self):
        return int(_first(self._to_py("int")))

    def __float__(self):
        return float(_first(self._to_py("float")))

    def __complex__(self):
        return complex(_first(self._to_py("complex")))

    def __index__(self):
        info = _E.info(self._h)
        if info[1] not in ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "bool"):
            raise TypeError("only integer scalar arrays can be converted to a scalar index")
        if len(info[0]) != 0:
            raise TypeError("only integer scalar arrays can be converted to a scalar index")
        return int(self._to_py("index"))

    def item(self, *args):
        if args:
            return self.reshape(-1)[args[0] if len(args) == 1 else args].item()
        if self.size != 1:
            raise ValueError("can only convert an array of size 1 to a Python scalar")
        v = _first(self._to_py("item"))
        return _py_scalar(v, self.dtype)

    def tolist(self):
        v = self._to_py("tolist")
        kind = self.dtype.kind
        if kind in "fV":
            return _map_nested(v, float)
        if kind in "iu":
            return _map_nested(v, int)
        return v

    def block_until_ready(self):
        return self

    def copy(self):
        from jax import numpy as jnp
        return jnp.copy(self)

    def __len__(self):
        s = self.shape
        if not s:
            raise TypeError("len() of unsized object")
        return s[0]

    def __iter__(self):
        s = self.shape
        if not s:
            raise TypeError("iteration over a 0-d array")
        # As JAX's `_iter`: one `lax.index_in_dim` per row.
        from jax import lax
        return (lax.index_in_dim(self, i, keepdims=False) for i in range(s[0]))

    def __hash__(self):
        raise TypeError("unhashable type: 'jaxlib._jax.ArrayImpl'")

    def __repr__(self):
        return _E.repr(self._h)

    def __str__(self):
        return _E.str(self._h)

    def __format__(self, spec):
        # As numpy's scalars: a 0-d array formats its Python value (f"{x}" of a float32 shows all its digits).
        if self.ndim == 0 and _E.info(self._h)[1] != "key<fry>":
            return format(self.item(), spec)
        if not spec:
            return str(self)
        raise TypeError("unsupported format string passed to Array.__format__")

    def __getitem__(self, idx):
        from ._indexing import getitem
        return getitem(self, idx)

    def __setitem__(self, idx, value):
        raise TypeError("JAX arrays are immutable and do not support in-place item assignment. Instead of "
                        "x[idx] = y, use x = x.at[idx].set(y) or another .at[] method: "
                        "https://docs.jax.dev/en/latest/_autosummary/jax.numpy.ndarray.at.html")


def _first(v):
    while isinstance(v, list):
        v = v[0]
    return v


def _py_scalar(v, dt):
    kind = dt.kind
    if kind == "b":
        return bool(v)
    if kind in "iu":
        return int(v)
    return float(v)


def _map_nested(v, f):
    if isinstance(v, list):
        return [_map_nested(x, f) for x in v]
    return f(v)


_new = object.__new__


_getrefcount = sys.getrefcount
_release = _E.release


class ArrayImpl(Array):
    """The class of the arrays the engine returns, named as jaxlib names its own (jax.Array is the public base)."""
    __slots__ = ()

    def __del__(self):
        # When this was Python's only handle on the engine value, the engine may recycle its memory.
        try:
            h = self._h
            # Counted: `h` and getrefcount's argument (in a finalizer, the dying slot no longer counts).
            if _getrefcount(h) == 2:
                _release(h)
        except Exception:
            pass


ArrayImpl.__module__ = "jaxlib._jax"
Array.__module__ = "jax.jaxlib._jax"


def wrap(h):
    a = _new(ArrayImpl)
    a._h = h
    return a


def wrap_result(r):
    """An engine result as Python: values become Arrays, JS arrays tuples, plain data stays."""
    if isinstance(r, JsArray):
        return tuple(wrap_result(x) for x in r)
    if isinstance(r, JsProxy):
        return wrap(r)
    return r


# ---- Python values to engine values ----

_SCALAR_KIND = {bool: 0, int: 1, float: 2}


def lift(x):
    """An array-like operand as an engine value."""
    t = type(x)
    if t is ArrayImpl:
        return x._h
    k = _SCALAR_KIND.get(t)
    if k is not None:
        try:
            return _E.pyScalar(k, x)
        except JsException as e:
            raise python_error(e) from None
    if isinstance(x, Array):
        return x._h
    h = getattr(x, "_traceur_value", None)
    if h is not None:
        return h()
    if isinstance(x, (list, tuple)):
        return asarray_value(x, None)
    if isinstance(x, bool):
        return _E.pyScalar(0, bool(x))
    if isinstance(x, int):
        return _E.pyScalar(1, int(x))
    if isinstance(x, float):
        return _E.pyScalar(2, float(x))
    if isinstance(x, complex):
        raise NotImplementedError("Traceur does not support complex numbers yet.")
    raise TypeError(f"Value {x!r} with type {type(x)} is not a valid JAX type")


def lift_strict(x, fname, pos):
    """As lift, but lists and tuples are refused as jnp functions refuse them (`check_arraylike`)."""
    if isinstance(x, (list, tuple)):
        raise TypeError(f"{fname} requires ndarray or scalar arguments, got {type(x)} at position {pos}.")
    return lift(x)


def asarray_value(obj, dt):
    """jnp.asarray of nested Python data: flattened here, built by the engine."""
    if isinstance(obj, Array):
        return obj._h
    leaves = []
    try:
        shape = _nested_shape(obj, leaves)
    except ValueError:
        if not _holds_array(obj):
            raise
        # Nested lists beside arrays: as JAX, each element becomes an array of its own, then they are stacked.
        leaves = [asarray_value(e, dt) if isinstance(e, (list, tuple)) else e for e in obj]
        shape = (len(obj),)
    if any(_is_array_like(v) for v in leaves):
        from ._api import engine_function
        build = engine_function("jax.numpy", "_array_from_leaves")
        try:
            return build(to_js([v if isinstance(v, JsProxy) else lift(v) for v in leaves]), to_js(list(shape)),
                         engine_dtype(dt))
        except JsException as e:
            raise python_error(e) from None
    kind = 0 if leaves else 2  # no leaves at all (empty lists): the default float, as JAX
    for v in leaves:
        t = type(v)
        if t is bool:
            continue
        if t is int or isinstance(v, int):
            kind = max(kind, 1)
        elif isinstance(v, float):
            kind = 2
        elif isinstance(v, complex):
            raise NotImplementedError("Traceur does not support complex numbers yet.")
        else:
            raise TypeError(f"Value {v!r} with type {type(v)} is not a valid JAX type")
    if kind == 1:
        for v in leaves:
            if not (-2 ** 31 <= v < 2 ** 31) and engine_dtype(dt) in (None, "int32", "int"):
                raise OverflowError(f"Python int {v} too large to convert to int32")
    try:
        return _E.fromFlat(to_js([float(v) if kind == 2 else int(v) for v in leaves]), to_js(list(shape)), kind,
                           engine_dtype(dt))
    except JsException as e:
        raise python_error(e) from None


def _is_array_like(v):
    return isinstance(v, (Array, JsProxy)) or hasattr(v, "_traceur_value")


def _holds_array(obj):
    if isinstance(obj, (list, tuple)):
        return any(_holds_array(e) for e in obj)
    return _is_array_like(obj)


def _nested_shape(obj, leaves):
    if isinstance(obj, (list, tuple)):
        if len(obj) == 0:
            return (0,)
        shapes = [_nested_shape(x, leaves) for x in obj]
        if any(s != shapes[0] for s in shapes):
            raise ValueError("setting an array element with a sequence. The requested array has an inhomogeneous "
                             f"shape after 1 dimensions. The detected shape was ({len(obj)},) + inhomogeneous part.")
        return (len(obj),) + shapes[0]
    leaves.append(obj)
    return ()


def plain(x):
    """Plain data for the engine: tuples and lists become JS arrays; Arrays inside stay values."""
    if x is None or type(x) in (bool, int, float, str):
        return x
    if isinstance(x, Array):
        return x._h
    if isinstance(x, (list, tuple)):
        return to_js([plain(v) for v in x])
    if isinstance(x, dict):
        return to_js({k: plain(v) for k, v in x.items()})
    if x is Ellipsis:
        return "..."
    if isinstance(x, slice):
        return to_js(["slice", plain(x.start), plain(x.stop), plain(x.step)])
    p = getattr(x, "_traceur_plain", None)  # numpy scalars and arrays (engine/python/pkg/numpy)
    if p is not None:
        return p()
    d = getattr(x, "dtype", None)
    if d is not None:
        return engine_dtype(x)
    if hasattr(x, "__index__"):
        return x.__index__()
    return x
