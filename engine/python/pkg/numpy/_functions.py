"""numpy's module-level functions, forwarded to the engine (engine/hostnumpy)."""
import builtins as _builtins

from pyodide.ffi import to_js

from jax._core import Array as _JaxArray
from jax._dtypes import dtype
from ._core import ndarray, generic, array, lift, wrap, wrap_array, dtype_arg, operator_index, _reduce
from ._engine import call, info


def asarray(a, dtype=None, order=None, *, copy=None):
    if isinstance(a, ndarray) and (dtype is None or dtype_arg(dtype) == info(a._h)[1]):
        return a
    return array(a, dtype=dtype)


def asanyarray(a, dtype=None, order=None):
    return asarray(a, dtype=dtype)


def _shape_arg(shape):
    if isinstance(shape, (tuple, list)):
        return [operator_index(d) for d in shape]
    return [operator_index(shape)]


def _full(shape, fill, dt):
    return wrap_array(call("_full", to_js(_shape_arg(shape)), lift(fill), dtype_arg(dt)))


def zeros(shape, dtype=float, order="C"):
    return _full(shape, 0, dtype)


def ones(shape, dtype=float, order="C"):
    return _full(shape, 1, dtype)


def full(shape, fill_value, dtype=None, order="C"):
    if isinstance(fill_value, (ndarray, list, tuple)) and asarray(fill_value).ndim > 0:
        raise NotImplementedError("Traceur does not support non-scalar fill values in numpy.full yet.")
    return _full(shape, fill_value, dtype)


def _like(a, dt):
    a = asarray(a)
    return a.shape, (dt if dt is not None else a.dtype)


def zeros_like(a, dtype=None, order="K", subok=True, shape=None):
    s, d = _like(a, dtype)
    return _full(s if shape is None else shape, 0, d)


def ones_like(a, dtype=None, order="K", subok=True, shape=None):
    s, d = _like(a, dtype)
    return _full(s if shape is None else shape, 1, d)


def full_like(a, fill_value, dtype=None, order="K", subok=True, shape=None):
    s, d = _like(a, dtype)
    return _full(s if shape is None else shape, fill_value, d)


def eye(N, M=None, k=0, dtype=float, order="C"):
    return wrap_array(call("_eye", operator_index(N), None if M is None else operator_index(M), operator_index(k),
                           dtype_arg(dtype)))


def identity(n, dtype=None):
    return eye(n, dtype=float if dtype is None else dtype)


def arange(start, stop=None, step=None, dtype=None):
    args = [start, stop, step]
    for a in args:
        if isinstance(a, complex):
            raise NotImplementedError("Traceur does not support complex numbers yet.")
    return wrap_array(call("_arange", lift(start), None if stop is None else lift(stop),
                           None if step is None else lift(step), dtype_arg(dtype)))


def linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0):
    if retstep:
        raise NotImplementedError("Traceur does not support numpy.linspace(..., retstep=True) yet.")
    if axis != 0:
        raise NotImplementedError("Traceur does not support the axis argument of numpy.linspace yet.")
    start_h, stop_h = lift(start), lift(stop)
    if info(start_h)[0] or info(stop_h)[0]:
        raise NotImplementedError("Traceur does not support array endpoints in numpy.linspace yet.")
    num = operator_index(num)
    return wrap_array(call("_linspace", start_h, stop_h, num, bool(endpoint), dtype_arg(dtype)))


# ---- shapes ----

def reshape(a, shape, order="C"):
    return asarray(a).reshape(shape)


def transpose(a, axes=None):
    return asarray(a).transpose(axes)


def ravel(a, order="C"):
    return asarray(a).reshape(-1)


def shape(a):
    return asarray(a).shape


def ndim(a):
    return asarray(a).ndim


def size(a, axis=None):
    a = asarray(a)
    return a.size if axis is None else a.shape[axis]


# ---- reductions ----

def _dispatch(name, a, axis, dtype, out, keepdims):
    """numpy calls a non-numpy argument's own method (a JAX array's .sum, .mean...), as _wrapreduction does."""
    kwargs = {"axis": axis, "out": out}
    if dtype is not None:
        kwargs["dtype"] = dtype
    if keepdims:
        kwargs["keepdims"] = keepdims
    return getattr(a, name)(**kwargs)

def sum(a, axis=None, dtype=None, out=None, keepdims=False):
    if isinstance(a, _JaxArray):
        return _dispatch("sum", a, axis, dtype, out, keepdims)
    return _reduce("sum", a, axis, dtype, keepdims, out)


def prod(a, axis=None, dtype=None, out=None, keepdims=False):
    if isinstance(a, _JaxArray):
        return _dispatch("prod", a, axis, dtype, out, keepdims)
    return _reduce("prod", a, axis, dtype, keepdims, out)


def mean(a, axis=None, dtype=None, out=None, keepdims=False):
    if isinstance(a, _JaxArray):
        return _dispatch("mean", a, axis, dtype, out, keepdims)
    return _reduce("mean", a, axis, dtype, keepdims, out)


def max(a, axis=None, out=None, keepdims=False):
    if isinstance(a, _JaxArray):
        return _dispatch("max", a, axis, None, out, keepdims)
    return _reduce("max", a, axis, None, keepdims, out)


def min(a, axis=None, out=None, keepdims=False):
    if isinstance(a, _JaxArray):
        return _dispatch("min", a, axis, None, out, keepdims)
    return _reduce("min", a, axis, None, keepdims, out)


amax = max
amin = min


def any(a, axis=None, out=None, keepdims=False):
    if isinstance(a, _JaxArray):
        return _dispatch("any", a, axis, None, out, keepdims)
    return _reduce("any", a, axis, None, keepdims, out)


def all(a, axis=None, out=None, keepdims=False):
    if isinstance(a, _JaxArray):
        return _dispatch("all", a, axis, None, out, keepdims)
    return _reduce("all", a, axis, None, keepdims, out)


def argmax(a, axis=None, out=None, *, keepdims=False):
    return _reduce("argmax", a, axis, None, keepdims, out)


def argmin(a, axis=None, out=None, *, keepdims=False):
    return _reduce("argmin", a, axis, None, keepdims, out)


# ---- elementwise (ufuncs) ----

def _ufunc1(name, public=None):
    def f(x, /):
        return wrap(call("_unary", name, lift(x)))
    f.__name__ = f.__qualname__ = public or name
    f.__module__ = "numpy"
    return f


def _ufunc2(name, public=None):
    def f(x1, x2, /):
        return wrap(call("_binary", name, lift(x1), lift(x2)))
    f.__name__ = f.__qualname__ = public or name
    f.__module__ = "numpy"
    return f


UNARY = ["sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "arcsinh", "arccosh",
         "arctanh", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sqrt", "cbrt", "negative", "positive",
         "absolute", "square", "sign", "logical_not", "isnan", "isinf", "isfinite", "invert"]
BINARY = ["add", "subtract", "multiply", "true_divide", "floor_divide", "remainder", "power", "maximum", "minimum",
          "arctan2", "hypot", "equal", "not_equal", "less", "less_equal", "greater", "greater_equal",
          "logical_and", "logical_or", "logical_xor", "bitwise_and", "bitwise_or", "bitwise_xor"]
ALIASES = {"abs": "absolute", "divide": "true_divide", "mod": "remainder", "asin": "arcsin", "acos": "arccos",
           "atan": "arctan", "atan2": "arctan2", "pow": "power", "bitwise_not": "invert", "bitwise_invert": "invert"}

UFUNCS = {}
for _n in UNARY:
    UFUNCS[_n] = _ufunc1(_n)
for _n in BINARY:
    UFUNCS[_n] = _ufunc2(_n)
for _alias, _n in ALIASES.items():
    UFUNCS[_alias] = UFUNCS[_n]


# ---- comparisons of whole arrays ----

def isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    return wrap(call("_isclose", lift(a), lift(b), lift(rtol), lift(atol), bool(equal_nan)))


def allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    return bool(call("_allclose", lift(a), lift(b), lift(rtol), lift(atol), bool(equal_nan)))


def array_equal(a1, a2, equal_nan=False):
    return bool(call("_array_equal", lift(a1), lift(a2), bool(equal_nan)))


# ---- dtypes ----

def result_type(*arrays_and_dtypes):
    handles = []
    for x in arrays_and_dtypes:
        if isinstance(x, (ndarray, generic, _JaxArray, _builtins.bool, int, float, list, tuple)):
            handles.append(lift(x))
        else:
            handles.append(call("_full", to_js([]), lift(0), dtype_arg(x)))
    return dtype(call("_result_type", to_js(handles)))


def promote_types(type1, type2):
    return dtype(call("_promote_types", dtype_arg(type1), dtype_arg(type2)))


def isscalar(element):
    return isinstance(element, (generic, _builtins.bool, int, float, complex, str, bytes))
