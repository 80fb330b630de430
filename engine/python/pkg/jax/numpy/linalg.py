"""jax.numpy.linalg, implemented by Traceur's engine."""
from .._api import install as _install

_install("jax.numpy.linalg", globals())

from .._unsupported import module_getattr as _module_getattr  # noqa: E402

__getattr__ = _module_getattr("jax.numpy.linalg")
