"""numpy for Traceur: the part of numpy that JAX programs use beside jax.numpy, with numpy's own semantics
(float64 and int64 defaults, numpy's promotion, numpy's reprs). Pyodide has no real numpy here: values
live in Traceur's engine (engine/hostnumpy). Anything else raises NotImplementedError."""
import math as _math

from jax._dtypes import dtype
from . import exceptions
from ._core import (ndarray, generic, number, integer, signedinteger, unsignedinteger, inexact, floating, bool_,
                    int8, int16, int32, int64, uint8, uint16, uint32, uint64, float16, float32, float64, array)
from ._functions import (asarray, asanyarray, zeros, ones, full, zeros_like, ones_like, full_like, eye, identity,
                         arange, linspace, reshape, transpose, ravel, shape, ndim, size, sum, prod, mean, max, min,
                         amax, amin, any, all, argmax, argmin, isclose, allclose, array_equal, result_type,
                         promote_types, isscalar, UFUNCS as _UFUNCS)

__version__ = "2.4.6"

globals().update(_UFUNCS)

bool = bool_
int_ = int64
intp = int64
uint = uint64
double = float64
single = float32
half = float16
byte = int8
ubyte = uint8
short = int16
ushort = uint16
intc = int32
uintc = uint32
longlong = int64
ulonglong = uint64

pi = _math.pi
e = _math.e
inf = _math.inf
nan = _math.nan
euler_gamma = 0.5772156649015329
newaxis = None


def __getattr__(name):
    if name.startswith("__") and name.endswith("__"):
        raise AttributeError(f"module 'numpy' has no attribute '{name}'")
    raise NotImplementedError(f"Traceur does not support numpy.{name} yet.")
