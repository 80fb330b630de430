"""jax.lax, implemented by Traceur's engine."""
import enum as _enum

from .._api import install as _install
from .._dtype_functions import install_lax as _install_lists


class RoundingMethod(_enum.IntEnum):
    """How lax.round breaks ties (jax.lax.RoundingMethod)."""
    AWAY_FROM_ZERO = 0
    TO_NEAREST_EVEN = 1


_install("jax.lax", globals())
_install_lists(globals())

from ._control_flow import cond, fori_loop, map, scan, switch, while_loop  # noqa: E402,F401

from .._unsupported import module_getattr as _module_getattr  # noqa: E402

__getattr__ = _module_getattr("jax.lax")
