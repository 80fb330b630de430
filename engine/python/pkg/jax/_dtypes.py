"""dtype objects and the scalar types of jax.numpy (jnp.float32 and friends)."""
import _traceur

_KINDS = {"bool": "b", "int8": "i", "int16": "i", "int32": "i", "int64": "i", "uint8": "u", "uint16": "u",
          "uint32": "u", "uint64": "u", "bfloat16": "V", "float16": "f", "float32": "f", "float64": "f",
          "complex64": "c", "complex128": "c", "key<fry>": "V"}
_SIZES = {"bool": 1, "int8": 1, "int16": 2, "int32": 4, "int64": 8, "uint8": 1, "uint16": 2, "uint32": 4,
          "uint64": 8, "bfloat16": 2, "float16": 2, "float32": 4, "float64": 8, "complex64": 8, "complex128": 16, "key<fry>": 8}
_CHARS = {"bool": "?", "int8": "b", "int16": "h", "int32": "i", "int64": "l", "uint8": "B", "uint16": "H",
          "uint32": "I", "uint64": "L", "bfloat16": "E", "float16": "e", "float32": "f", "float64": "d",
          "complex64": "F", "complex128": "D", "key<fry>": "V"}


class dtype:
    """A numpy-like dtype: `x.dtype` prints `float32` and compares equal to jnp.float32 and 'float32'."""
    __slots__ = ("name",)
    _cache = {}

    def __new__(cls, obj):
        name = dtype_name(obj)
        if name is None:
            raise TypeError(f"data type {obj!r} not understood")
        d = cls._cache.get(name)
        if d is None:
            d = object.__new__(cls)
            object.__setattr__(d, "name", name)
            cls._cache[name] = d
        return d

    def __setattr__(self, k, v):
        raise AttributeError("dtype objects are immutable")

    @property
    def kind(self):
        if self.name == "key<fry>":  # JAX's key dtypes have no numpy kind
            raise AttributeError("'KeyTy' object has no attribute 'kind'")
        return _KINDS[self.name]

    @property
    def itemsize(self):
        return _SIZES[self.name]

    @property
    def char(self):
        return _CHARS[self.name]

    @property
    def type(self):
        return _SCALAR_TYPES[self.name]

    def __str__(self):
        return self.name

    def __repr__(self):
        if self.name == "key<fry>":
            return self.name
        return f"dtype({self.name!r})" if self.name != "bfloat16" else "dtype(bfloat16)"

    def __eq__(self, other):
        try:
            return dtype_name(other) == self.name
        except TypeError:
            return False

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self.name)


class _ScalarMeta(type):
    def __repr__(cls):
        return f"<class 'jax.numpy.{cls.__name__}'>"

    def __eq__(cls, other):
        if isinstance(other, _ScalarMeta):
            return cls is other
        try:
            return dtype_name(other) == cls.dtype.name
        except TypeError:
            return False

    def __hash__(cls):
        return hash(cls.dtype.name)


class _ScalarType(metaclass=_ScalarMeta):
    """jnp.float32(x) builds an array of that dtype; jnp.float32 also serves as a dtype."""
    dtype = None

    def __new__(cls, x=0):
        from jax import numpy as jnp
        return jnp.asarray(x, dtype=cls.dtype)


_SCALAR_TYPES = {}
for _name in ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
              "bfloat16", "float16", "float32", "float64", "complex64", "complex128"]:
    _tname = "bool_" if _name == "bool" else _name
    _cls = _ScalarMeta(_tname, (_ScalarType,), {"__module__": "jax.numpy"})
    _SCALAR_TYPES[_name] = _cls
del _name, _tname, _cls

_PY_TYPES = {bool: "bool", int: "int", float: "float", complex: "complex"}


def dtype_name(obj):
    """The canonical-or-not dtype name of a dtype-like, or None for None."""
    if obj is None:
        return None
    if isinstance(obj, dtype):
        return obj.name
    if isinstance(obj, _ScalarMeta):
        return obj.dtype.name
    if isinstance(obj, type) and obj in _PY_TYPES:
        return {"bool": "bool", "int": "int64", "float": "float64", "complex": "complex128"}[_PY_TYPES[obj]]
    if isinstance(obj, str):
        if obj in _KINDS:
            return obj
        aliases = {"bool_": "bool", "float": "float64", "int": "int64", "f4": "float32", "f8": "float64",
                   "i4": "int32", "i8": "int64", "f2": "float16", "u1": "uint8", "i1": "int8", "b": "int8",
                   "?": "bool", "complex": "complex128"}
        if obj in aliases:
            return aliases[obj]
        raise TypeError(f"data type {obj!r} not understood")
    d = getattr(obj, "dtype", None)
    if d is not None and d is not obj:
        return dtype_name(d)
    raise TypeError(f"Cannot interpret '{obj!r}' as a data type")


def engine_dtype(obj):
    """The name passed to the engine: Python types become JAX's defaults (x64 off)."""
    if obj is None:
        return None
    if isinstance(obj, type) and obj in _PY_TYPES:
        return _PY_TYPES[obj]
    return dtype_name(obj)


for _n, _c in _SCALAR_TYPES.items():
    _c.dtype = dtype(_n)
del _n, _c
