"""jnp's dtype functions (promote_types, result_type, can_cast, issubdtype, iinfo, finfo) and numpy's
abstract scalar classes. The engine decides; this module turns Python dtype-likes into names and names
back into dtype objects. Also: the jnp functions that return Python lists rather than tuples."""
import functools

from pyodide.ffi import JsException, to_js

from ._api import engine_function
from ._core import Array, lift, python_error, wrap_result
from ._dtypes import dtype, engine_dtype, _ScalarMeta


def _call(name, *args):
    try:
        return engine_function("jax.numpy", name)(*args)
    except JsException as e:
        raise python_error(e) from None


# ---- numpy's abstract scalar classes ----

class _AbstractMeta(type):
    def __repr__(cls):
        return f"<class 'numpy.{cls.__name__}'>"


class generic(metaclass=_AbstractMeta):
    pass


class number(generic):
    pass


class integer(number):
    pass


class signedinteger(integer):
    pass


class unsignedinteger(integer):
    pass


class inexact(number):
    pass


class floating(inexact):
    pass


class complexfloating(inexact):
    pass


_ABSTRACT = (generic, number, integer, signedinteger, unsignedinteger, inexact, floating, complexfloating)
_PY_TYPES = (bool, int, float, complex)


def _is_py_type(x):
    # Identity, not ==: jnp.bool_ == bool holds.
    return any(x is t for t in _PY_TYPES)


def _dtype_name(x):
    """A dtype-like as the engine names it: 'float32', or 'int'/'float'/'complex' for Python's types."""
    if _is_py_type(x):
        return "bool" if x is bool else x.__name__
    if isinstance(x, Array):
        return x.dtype.name
    return engine_dtype(x)


def _is_dtype_like(x):
    return isinstance(x, (dtype, _ScalarMeta, str)) or _is_py_type(x)


def promote_types(a, b):
    return dtype(_call("_promote_types", _dtype_name(a), _dtype_name(b)))


def result_type(*args):
    def convert(a):
        if a is None:
            return None
        if _is_dtype_like(a):
            return _dtype_name(a)
        if type(a) in (int, float, complex):
            return type(a).__name__  # a Python scalar joins as its weak type
        return lift(a)
    converted = [convert(a) for a in args]
    return dtype(_call("_result_type", to_js(converted)))


def can_cast(from_, to, casting="safe"):
    if type(from_) in _PY_TYPES:
        raise TypeError("can_cast() does not support Python ints, floats, and complex because the result "
                        "used to depend on the value.\nThis change was part of adopting NEP 50, we may "
                        "explicitly allow them again in the future.")
    return bool(_call("_can_cast", _dtype_name(from_), _dtype_name(to), casting))


def issubdtype(arg1, arg2):
    abstract1 = isinstance(arg1, type) and issubclass(arg1, generic)
    abstract2 = isinstance(arg2, type) and issubclass(arg2, generic)
    if abstract1:
        return abstract2 and issubclass(arg1, arg2)
    b = arg2.__name__ if abstract2 else _dtype_name(arg2)
    if isinstance(arg2, _ScalarMeta) and arg2.dtype.name == "bool":
        b = "bool_"
    return bool(_call("_issubdtype", _dtype_name(arg1), b))


class iinfo:
    """Machine limits of an integer type (numpy's iinfo)."""

    def __init__(self, int_type):
        bits, lo, hi, name = _call("_iinfo", _dtype_name(int_type))  # min and max as decimal strings
        self.bits = int(bits)
        self.min = int(lo)
        self.max = int(hi)
        self.dtype = dtype(name)
        self.kind = self.dtype.kind

    def __repr__(self):
        return f"iinfo(min={self.min}, max={self.max}, dtype={self.dtype})"

    __str__ = __repr__


class finfo:
    """Machine limits of a floating type (numpy's finfo); its numbers are scalars of that dtype."""

    def __init__(self, float_type):
        r = _call("_finfo", _dtype_name(float_type))
        (bits, eps, epsneg, hi, lo, tiny, resolution, precision, name, text) = r
        self.bits = int(bits)
        self.eps = wrap_result(eps)
        self.epsneg = wrap_result(epsneg)
        self.max = wrap_result(hi)
        self.min = wrap_result(lo)
        self.tiny = wrap_result(tiny)
        self.smallest_normal = self.tiny
        self.resolution = wrap_result(resolution)
        self.precision = int(precision)
        self.dtype = dtype(name)
        self._repr = text

    def __repr__(self):
        return self._repr


# ---- jnp functions that return lists ----

def _returns_list(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        out = fn(*args, **kwargs)
        return list(out) if isinstance(out, tuple) else out
    return wrapper


def _atleast(fn):
    @functools.wraps(fn)
    def wrapper(*arys):
        out = fn(*arys)
        return list(out) if isinstance(out, tuple) and len(arys) != 1 else out
    return wrapper


def install_lax(namespace):
    for name in ("split", "top_k"):
        if name in namespace:
            namespace[name] = _returns_list(namespace[name])


def install(namespace):
    for name in ("split", "array_split", "hsplit", "vsplit", "dsplit", "broadcast_arrays", "meshgrid"):
        if name in namespace:
            namespace[name] = _returns_list(namespace[name])
    for name in ("atleast_1d", "atleast_2d", "atleast_3d"):
        if name in namespace:
            namespace[name] = _atleast(namespace[name])
    namespace.update(promote_types=promote_types, result_type=result_type, can_cast=can_cast,
                     issubdtype=issubdtype, iinfo=iinfo, finfo=finfo)
    for cls in _ABSTRACT:
        namespace[cls.__name__] = cls
