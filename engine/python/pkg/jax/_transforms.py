"""Transformations: not built yet in Traceur; each says so plainly."""


def _unsupported(name):
    def f(*args, **kwargs):
        raise NotImplementedError(f"Traceur does not support jax.{name} yet.")
    f.__name__ = name
    return f


for _name in ["checkpoint", "eval_shape", "named_call"]:
    globals()[_name] = _unsupported(_name)
remat = checkpoint

from ._jit import jit  # noqa: E402
from ._vmap import vmap  # noqa: E402
from ._ad import grad, value_and_grad, jvp, vjp, linearize  # noqa: E402,F401
from ._jacobian import jacfwd, jacrev, jacobian, hessian  # noqa: E402,F401


class ShapeDtypeStruct:
    def __init__(self, shape, dtype, **kwargs):
        self.shape = tuple(shape)
        self.dtype = dtype
