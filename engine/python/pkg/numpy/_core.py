"""numpy's ndarray and scalar types. Values live in the engine as ArrayValues with origin "numpy"; numpy's
own semantics (float64 and int64 defaults, NEP 50 promotion) are applied there (engine/hostnumpy)."""
from pyodide.ffi import to_js

from jax._core import Array as _JaxArray, _map_nested, _nested_shape, _py_scalar as _python_value_of_kind
from jax._dtypes import dtype, dtype_name
from ._engine import call, info, to_py
from .exceptions import _UFuncOutputCastingError

_KIND_OF = {bool: 0, int: 1, float: 2}
_INT_RANGES = {"int8": (-2 ** 7, 2 ** 7), "int16": (-2 ** 15, 2 ** 15), "int32": (-2 ** 31, 2 ** 31),
               "int64": (-2 ** 63, 2 ** 63), "uint8": (0, 2 ** 8), "uint16": (0, 2 ** 16), "uint32": (0, 2 ** 32),
               "uint64": (0, 2 ** 64)}


def dtype_arg(d):
    """A dtype-like as the engine's dtype name (Python's float is float64, int is int64), or None."""
    if d is None:
        return None
    name = dtype_name(d)
    if name in ("bfloat16",):
        raise NotImplementedError("Traceur does not support bfloat16 in numpy arrays yet.")
    if name in ("complex64", "complex128"):
        raise NotImplementedError("Traceur does not support complex numbers yet.")
    return name


# ---- Python values to engine values ----

def _py_scalar(x):
    k = _KIND_OF.get(type(x))
    if k is None:
        if isinstance(x, bool):
            k = 0
        elif isinstance(x, int):
            k = 1
        elif isinstance(x, float):
            k = 2
        elif isinstance(x, complex):
            raise NotImplementedError("Traceur does not support complex numbers yet.")
        else:
            return None
    if k == 1 and not -2 ** 63 <= x < 2 ** 64:
        raise OverflowError("Python int too large to convert to C long")
    return call("_py_scalar", k, float(x) if k == 1 and abs(x) > 2 ** 53 else x)


def lift(x):
    """An operand of a numpy operation as an engine value (Python scalars stay weak, as NEP 50 says)."""
    if isinstance(x, (ndarray, generic)):
        return x._h
    h = _py_scalar(x)
    if h is not None:
        return h
    if isinstance(x, _JaxArray):
        return call("_from_jax", x._h)
    if isinstance(x, (list, tuple)):
        return array(x)._h
    raise TypeError(f"Traceur's numpy cannot use a value of type {type(x).__name__!r}")


def _is_foreign(x):
    """Operands numpy defers to: JAX arrays take over the operator (their __array_priority__ is higher)."""
    return isinstance(x, _JaxArray)


# ---- engine values to Python objects ----

_new = object.__new__


def wrap_array(h):
    a = _new(ndarray)
    a._h = h
    return a


def wrap_scalar(h, name=None):
    if name is None:
        name = info(h)[1]
    cls = _SCALAR_TYPES[name]
    if cls is float64:
        s = float.__new__(cls, to_py(h))
    else:
        s = _new(cls)
    s._h = h
    return s


def wrap(h):
    """A ufunc's or reduction's result: numpy returns scalars for 0-d results."""
    shape, name = info(h)
    if not shape:
        return wrap_scalar(h, name)
    return wrap_array(h)


def _to_scalar_py(v, name):
    return _python_value_of_kind(v, dtype(name))


# ---- behaviour shared by arrays and scalars ----

def _binary(name, reverse=False):
    def op(self, other):
        if _is_foreign(other):
            return NotImplemented
        try:
            o = lift(other)
        except TypeError:
            return NotImplemented
        return wrap(call("_binary", name, o, self._h) if reverse else call("_binary", name, self._h, o))
    op.__name__ = name
    return op


def _inplace(name):
    def op(self, other):
        if _is_foreign(other):
            return NotImplemented
        result = call("_binary", name, self._h, lift(other))
        mine, theirs = self.dtype, dtype(info(result)[1])
        if not _same_kind(theirs, mine):
            raise _UFuncOutputCastingError(f"Cannot cast ufunc '{name if name != 'true_divide' else 'divide'}' "
                                           f"output from {theirs!r} to {mine!r} with casting rule 'same_kind'")
        call("_setitem", self._h, to_js(["..."]), result)
        return self
    return op


_KIND_RANK = {"b": 0, "u": 1, "i": 1, "f": 2, "c": 3}


def _same_kind(src, dst):
    if _KIND_RANK[src.kind] < _KIND_RANK[dst.kind]:
        return True
    if src.kind == dst.kind or (src.kind == "u" and dst.kind == "i"):
        return True
    return False


def _unary(name):
    def op(self):
        return wrap(call("_unary", name, self._h))
    return op


class _ArrayLike:
    """Attributes and methods shared by ndarray and the numpy scalar types."""
    __slots__ = ()

    @property
    def shape(self):
        return info(self._h)[0]

    @property
    def dtype(self):
        return dtype(info(self._h)[1])

    @property
    def ndim(self):
        return len(info(self._h)[0])

    @property
    def size(self):
        n = 1
        for d in info(self._h)[0]:
            n *= d
        return n

    @property
    def itemsize(self):
        return self.dtype.itemsize

    @property
    def nbytes(self):
        return self.size * self.dtype.itemsize

    def tolist(self):
        name = info(self._h)[1]
        return _map_nested(to_py(self._h), lambda v: _to_scalar_py(v, name))

    def item(self, *args):
        if len(args) == 1 and not isinstance(args[0], tuple):
            return self.reshape(-1)[args[0]].item()
        if args:
            return self[args[0] if len(args) == 1 else args].item()
        if self.size != 1:
            raise ValueError("can only convert an array of size 1 to a Python scalar")
        v = to_py(self._h)
        while isinstance(v, list):
            v = v[0]
        return _to_scalar_py(v, info(self._h)[1])

    def astype(self, dtype, copy=True):
        return _wrap_like(self, call("_cast", self._h, dtype_arg(dtype)))

    def reshape(self, *shape, order="C"):
        if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
            shape = tuple(shape[0])
        return wrap_array(call("_reshape", self._h, to_js([int(operator_index(d)) for d in shape])))

    def ravel(self):
        return self.reshape(-1)

    def flatten(self):
        return self.reshape(-1)

    def copy(self):
        return _wrap_like(self, call("_cast", self._h, info(self._h)[1]))

    def transpose(self, *axes):
        if len(axes) == 1 and (axes[0] is None or isinstance(axes[0], (tuple, list))):
            axes = axes[0]
        h = call("_transpose", self._h, to_js([int(a) for a in axes]) if axes else None)
        return _wrap_like(self, h)

    @property
    def T(self):
        return self.transpose()

    def sum(self, axis=None, dtype=None, out=None, keepdims=False):
        return _reduce("sum", self, axis, dtype, keepdims, out)

    def prod(self, axis=None, dtype=None, out=None, keepdims=False):
        return _reduce("prod", self, axis, dtype, keepdims, out)

    def mean(self, axis=None, dtype=None, out=None, keepdims=False):
        return _reduce("mean", self, axis, dtype, keepdims, out)

    def max(self, axis=None, out=None, keepdims=False):
        return _reduce("max", self, axis, None, keepdims, out)

    def min(self, axis=None, out=None, keepdims=False):
        return _reduce("min", self, axis, None, keepdims, out)

    def any(self, axis=None, out=None, keepdims=False):
        return _reduce("any", self, axis, None, keepdims, out)

    def all(self, axis=None, out=None, keepdims=False):
        return _reduce("all", self, axis, None, keepdims, out)

    def argmax(self, axis=None, out=None, keepdims=False):
        return _reduce("argmax", self, axis, None, keepdims, out)

    def argmin(self, axis=None, out=None, keepdims=False):
        return _reduce("argmin", self, axis, None, keepdims, out)

    def __float__(self):
        if self.ndim != 0:
            raise TypeError("only 0-dimensional arrays can be converted to Python scalars")
        return float(self.item())

    def __int__(self):
        if self.ndim != 0:
            raise TypeError("only 0-dimensional arrays can be converted to Python scalars")
        return int(self.item())

    def __bool__(self):
        size = self.size
        if size == 0:
            raise ValueError("The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an "
                             "array is not empty.")
        if size != 1:
            raise ValueError("The truth value of an array with more than one element is ambiguous. "
                             "Use a.any() or a.all()")
        return bool(self.item())

    def __getattr__(self, name):
        raise AttributeError(f"'numpy.{type(self).__name__}' object has no attribute '{name}'")

    def _traceur_value(self):
        """This value as JAX receives it (float64 -> float32, int64 -> int32; never weakly typed)."""
        return call("_to_jax", self._h)

    def _traceur_plain(self):
        """This value where a jax function takes plain data (an axis, a shape): a scalar's Python value."""
        return self.item() if self.ndim == 0 else self._traceur_value()


def _wrap_like(x, h):
    return wrap_scalar(h) if isinstance(x, generic) else wrap_array(h)


def operator_index(d):
    if isinstance(d, int):
        return d
    return d.__index__()


def _axis_arg(axis):
    if axis is None:
        return None
    if isinstance(axis, (tuple, list)):
        return to_js([operator_index(a) for a in axis])
    return operator_index(axis)


def _reduce(name, x, axis, dt, keepdims, out=None):
    if out is not None:
        raise NotImplementedError(f"Traceur does not support the out argument of numpy.{name} yet.")
    if name in ("argmax", "argmin") and isinstance(axis, (tuple, list)):
        raise TypeError("'tuple' object cannot be interpreted as an integer")
    return wrap(call("_reduce", name, lift(x), _axis_arg(axis), dtype_arg(dt), bool(keepdims)))


_BINARY_OPS = {
    "add": "add", "sub": "subtract", "mul": "multiply", "truediv": "true_divide", "floordiv": "floor_divide",
    "mod": "remainder", "pow": "power", "and": "bitwise_and", "or": "bitwise_or", "xor": "bitwise_xor",
}
_COMPARISONS = {"lt": "less", "le": "less_equal", "gt": "greater", "ge": "greater_equal", "eq": "equal",
                "ne": "not_equal"}
_UNARY_OPS = {"neg": "negative", "pos": "positive", "abs": "absolute", "invert": "invert"}


def _install_operators(cls):
    for op, fn in _BINARY_OPS.items():
        setattr(cls, f"__{op}__", _binary(fn))
        setattr(cls, f"__r{op}__", _binary(fn, reverse=True))
    for op, fn in _COMPARISONS.items():
        setattr(cls, f"__{op}__", _binary(fn))
    for op, fn in _UNARY_OPS.items():
        setattr(cls, f"__{op}__", _unary(fn))


class ndarray(_ArrayLike):
    """numpy.ndarray: a mutable array held by the engine."""
    __slots__ = ("_h", "__weakref__")
    __module__ = "numpy"
    __hash__ = None

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("Traceur does not support numpy.ndarray(...) yet; use numpy.array or numpy.zeros.")

    def __repr__(self):
        return call("_repr", self._h)

    def __str__(self):
        return call("_str", self._h)

    def __format__(self, spec):
        if not spec:
            return str(self)
        if self.ndim == 0:
            return format(self.item(), spec)
        raise TypeError("unsupported format string passed to numpy.ndarray.__format__")

    def __len__(self):
        s = self.shape
        if not s:
            raise TypeError("len() of unsized object")
        return s[0]

    def __iter__(self):
        s = self.shape
        if not s:
            raise TypeError("iteration over a 0-d array")
        return (self[i] for i in range(s[0]))

    def __getitem__(self, idx):
        items, only_ints = _index_items(idx)
        h = call("_index", self._h, to_js(items))
        if only_ints and len(items) == self.ndim:
            return wrap_scalar(h)
        return wrap_array(h)

    def __setitem__(self, idx, value):
        items, _ = _index_items(idx)
        call("_setitem", self._h, to_js(items), lift(value))

    def __index__(self):
        if self.ndim != 0 or self.dtype.kind not in "iu":
            raise TypeError("only integer scalar arrays can be converted to a scalar index")
        return int(self.item())

    def __matmul__(self, other):
        raise NotImplementedError("Traceur does not support numpy.matmul yet.")

    __rmatmul__ = __matmul__


_install_operators(ndarray)
for _op, _fn in _BINARY_OPS.items():
    setattr(ndarray, f"__i{_op}__", _inplace(_fn))


def _index_items(idx):
    items = idx if isinstance(idx, tuple) else (idx,)
    out = []
    only_ints = True
    for i in items:
        if i is None:
            out.append(None)
            only_ints = False
        elif i is Ellipsis:
            out.append("...")
            only_ints = False
        elif isinstance(i, slice):
            out.append(to_js(["slice", _bound(i.start), _bound(i.stop), _bound(i.step)]))
            only_ints = False
        elif isinstance(i, (bool, bool_)) or isinstance(i, (ndarray, list, tuple, _JaxArray)):
            raise NotImplementedError("Traceur does not support advanced (array or boolean) indexing of numpy "
                                      "arrays yet.")
        elif hasattr(i, "__index__"):
            out.append(i.__index__())
        else:
            raise IndexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer "
                             "or boolean arrays are valid indices")
    return out, only_ints


def _bound(b):
    if b is None:
        return None
    if not hasattr(b, "__index__"):
        raise TypeError("slice indices must be integers or None or have an __index__ method")
    return b.__index__()


# ---- scalar types ----

class _ScalarTypeMeta(type):
    """np.float32 and friends: classes that also serve as dtypes (np.float32.dtype, dtype(np.float32))."""

    @property
    def dtype(cls):
        if cls._dtype_name is None:
            raise AttributeError("dtype")
        return dtype(cls._dtype_name)


class generic(_ArrayLike, metaclass=_ScalarTypeMeta):
    """numpy.generic: the base of numpy's scalar types. A scalar holds a 0-d engine value."""
    __module__ = "numpy"
    _dtype_name = None

    def __new__(cls, value=0, *args):
        name = cls._dtype_name
        if name is None:
            raise TypeError(f"cannot create 'numpy.{cls.__name__}' instances")
        if isinstance(value, (list, tuple)) or (isinstance(value, ndarray) and value.ndim > 0):
            return array(value, dtype=name)
        if isinstance(value, str):
            value = float(value) if dtype(name).kind == "f" else int(value)
        if type(value) is int and name in _INT_RANGES:
            lo, hi = _INT_RANGES[name]
            if not lo <= value < hi:
                raise OverflowError(f"Python integer {value} out of bounds for {name}")
        if dtype(name).kind == "b":
            value = bool(value)
        return wrap_scalar(call("_cast", lift(value), name), name)

    @property
    def dtype(self):
        return dtype(type(self)._dtype_name)

    @property
    def shape(self):
        return ()

    @property
    def ndim(self):
        return 0

    @property
    def size(self):
        return 1

    @property
    def T(self):
        return self

    def __repr__(self):
        return call("_scalar_repr", self._h)

    def __str__(self):
        return call("_scalar_str", self._h)

    def __format__(self, spec):
        if not spec:
            return str(self)
        return format(self.item(), spec)

    def __hash__(self):
        return hash(self.item())

    def __index__(self):
        if type(self)._dtype_name not in _INT_RANGES:
            raise TypeError(f"'numpy.{type(self).__name__}' object cannot be interpreted as an integer")
        return int(self.item())

    def __getitem__(self, idx):
        if idx == () or idx is Ellipsis:
            return self if idx == () else wrap_array(self._h)
        raise IndexError("invalid index to scalar variable.")

    def __round__(self, ndigits=None):
        v = self.item()
        if ndigits is None:
            return round(v)
        return type(self)(round(v, ndigits))

    def __reduce__(self):
        return (type(self), (self.item(),))


_install_operators(generic)


class number(generic):
    __module__ = "numpy"


class integer(number):
    __module__ = "numpy"


class signedinteger(integer):
    __module__ = "numpy"


class unsignedinteger(integer):
    __module__ = "numpy"


class inexact(number):
    __module__ = "numpy"


class floating(inexact):
    __module__ = "numpy"


def _scalar_type(name, base, extra=()):
    return _ScalarTypeMeta(name, (base,) + extra, {"__module__": "numpy", "_dtype_name": name})


bool_ = _scalar_type("bool", generic)  # numpy 2 names it `bool`
int8 = _scalar_type("int8", signedinteger)
int16 = _scalar_type("int16", signedinteger)
int32 = _scalar_type("int32", signedinteger)
int64 = _scalar_type("int64", signedinteger)
uint8 = _scalar_type("uint8", unsignedinteger)
uint16 = _scalar_type("uint16", unsignedinteger)
uint32 = _scalar_type("uint32", unsignedinteger)
uint64 = _scalar_type("uint64", unsignedinteger)
float16 = _scalar_type("float16", floating)
float32 = _scalar_type("float32", floating)
# Like numpy's, float64 is a Python float (isinstance(np.float64(1), float) is True).
float64 = _scalar_type("float64", floating, (float,))

_SCALAR_TYPES = {"bool": bool_, "int8": int8, "int16": int16, "int32": int32, "int64": int64, "uint8": uint8,
                 "uint16": uint16, "uint32": uint32, "uint64": uint64, "float16": float16, "float32": float32,
                 "float64": float64}


def _scalar_bool(self):
    return bool(self.item())


bool_.__bool__ = _scalar_bool


# ---- array construction (used by the module's functions and by scalar types) ----

def array(object, dtype=None, *, copy=True, ndmin=0):
    """numpy.array."""
    name = dtype_arg(dtype)
    if isinstance(object, (ndarray, generic)):
        h = call("_cast", object._h, name or info(object._h)[1])
        a = wrap_array(h)
    elif isinstance(object, _JaxArray):
        h = call("_from_jax", object._h)
        a = wrap_array(h if name is None else call("_cast", h, name))
    elif isinstance(object, (list, tuple)):
        a = wrap_array(_from_sequence(object, name))
    else:
        h = _py_scalar(object)
        if h is None:
            raise TypeError(f"Traceur's numpy cannot make an array of a {type(object).__name__!r}")
        a = wrap_array(call("_from_leaves", to_js([h]), to_js([]), name))
    if ndmin > a.ndim:
        a = a.reshape((1,) * (ndmin - a.ndim) + a.shape)
    return a


def _from_sequence(obj, name):
    leaves = []
    shape = _nested_shape(obj, leaves)
    if all(type(v) in _KIND_OF for v in leaves):
        kind = max((_KIND_OF[type(v)] for v in leaves), default=2)
        if kind == 1:
            for v in leaves:
                if not -2 ** 63 <= v < 2 ** 63:
                    raise OverflowError("Python int too large to convert to C long")
        flat = [float(v) if kind == 2 else int(v) for v in leaves]
        return call("_from_flat", to_js(flat), to_js(list(shape)), kind, name)
    # Leaves that are arrays add their own dimensions.
    return call("_from_leaves", to_js([lift(v) for v in leaves]), to_js(list(shape)), name)
