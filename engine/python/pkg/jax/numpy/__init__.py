"""jax.numpy, implemented by Traceur's engine."""
import math as _math

from .._api import install as _install
from .._dtypes import dtype, _SCALAR_TYPES
from .._core import Array as ndarray
from .._dtype_functions import install as _install_dtype_functions
from .._unsupported import missing as _missing

_install("jax.numpy", globals())
_install_dtype_functions(globals())

bool_ = _SCALAR_TYPES["bool"]
int8 = _SCALAR_TYPES["int8"]
int16 = _SCALAR_TYPES["int16"]
int32 = _SCALAR_TYPES["int32"]
int64 = _SCALAR_TYPES["int64"]
uint8 = _SCALAR_TYPES["uint8"]
uint16 = _SCALAR_TYPES["uint16"]
uint32 = _SCALAR_TYPES["uint32"]
uint64 = _SCALAR_TYPES["uint64"]
bfloat16 = _SCALAR_TYPES["bfloat16"]
float16 = _SCALAR_TYPES["float16"]
float32 = _SCALAR_TYPES["float32"]
float64 = _SCALAR_TYPES["float64"]
complex64 = _SCALAR_TYPES["complex64"]
complex128 = _SCALAR_TYPES["complex128"]
bool = bool_
float_ = float64
int_ = int64
complex_ = complex128

pi = _math.pi
e = _math.e
inf = _math.inf
nan = _math.nan
euler_gamma = 0.5772156649015329
newaxis = None

from . import linalg

_DEPRECATED = {
    "fix": "jax.numpy.fix was deprecated in JAX v0.9.0, and will be removed in JAX v0.10.0. "
           "Use jax.numpy.trunc instead.",
}


def __getattr__(name):
    # Names JAX 0.10.2 still knows but refuses, with its own message (jax/_src/deprecations.py).
    if name in _DEPRECATED:
        raise AttributeError(_DEPRECATED[name])
    raise _missing("jax.numpy", name)

from ._vectorize import vectorize  # noqa: E402
from ._searchsorted import searchsorted  # noqa: E402
