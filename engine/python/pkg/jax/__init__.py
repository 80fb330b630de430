"""Traceur's jax: the JAX API, implemented by Traceur's TypeScript engine."""
__version__ = "0.10.2"

from . import errors
from . import tree_util
from ._core import Array
from . import _operators  # noqa: F401  (installs Array's operators)
from ._tracing import make_jaxpr, ClosedJaxpr
from . import numpy
from . import lax
from . import nn
from ._misc import devices, local_devices, device_count, block_until_ready, default_backend, Device
from ._device_put import device_put
from . import tree
from ._transforms import jit, vmap, grad, value_and_grad, jacfwd, jacrev, jacobian, hessian, jvp, vjp, linearize, \
    checkpoint, remat, eval_shape, ShapeDtypeStruct, named_call
from . import random
from . import debug
from ._custom_derivatives import custom_jvp, custom_vjp

typing = None

from ._unsupported import install_import_hook as _install_import_hook, module_getattr as _module_getattr  # noqa: E402

_install_import_hook()
__getattr__ = _module_getattr("jax")
