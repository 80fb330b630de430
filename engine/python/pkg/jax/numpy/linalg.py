"""jax.numpy.linalg, implemented by Traceur's engine."""
from .._api import install as _install

_install("jax.numpy.linalg", globals())
