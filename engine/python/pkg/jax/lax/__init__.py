"""jax.lax, implemented by Traceur's engine."""
from .._api import install as _install

_install("jax.lax", globals())
