"""The transformations jax exports (those Traceur has not built yet say so plainly), ShapeDtypeStruct and eval_shape."""


def _unsupported(name):
    def f(*args, **kwargs):
        raise NotImplementedError(f"Traceur does not support jax.{name} yet.")
    f.__name__ = name
    return f


for _name in ["checkpoint", "named_call"]:
    globals()[_name] = _unsupported(_name)
remat = checkpoint

from ._jit import jit  # noqa: E402
from ._vmap import vmap  # noqa: E402
from ._ad import grad, value_and_grad, jvp, vjp, linearize  # noqa: E402,F401
from ._jacobian import jacfwd, jacrev, jacobian, hessian  # noqa: E402,F401


class ShapeDtypeStruct:
    """A shape and a dtype, standing for an array (jax.eval_shape's results, and arguments to trace with)."""
    __slots__ = ("shape", "dtype", "weak_type", "sharding")

    def __init__(self, shape, dtype, *, sharding=None, weak_type=False, vma=None, is_ref=False):
        from ._dtypes import dtype as _dtype, engine_dtype
        if sharding is not None:
            raise NotImplementedError("Traceur does not support ShapeDtypeStruct(sharding=...) yet.")
        self.shape = tuple(shape)
        self.dtype = _dtype(engine_dtype(dtype))
        self.weak_type = weak_type
        self.sharding = None

    ndim = property(lambda self: len(self.shape))

    @property
    def size(self):
        n = 1
        for d in self.shape:
            n *= d
        return n

    def __len__(self):
        if not self.shape:
            raise TypeError("len() of unsized object")
        return self.shape[0]

    def __repr__(self):
        weak = ", weak_type=True" if self.weak_type else ""
        return f"{type(self).__name__}(shape={self.shape}, dtype={self.dtype.name}{weak})"

    def __eq__(self, other):
        return (isinstance(other, ShapeDtypeStruct) and (self.shape, self.dtype, self.weak_type)
                == (other.shape, other.dtype, other.weak_type))

    def __hash__(self):
        return hash((self.shape, self.dtype, self.weak_type))


def eval_shape(fun, *args, **kwargs):
    """The shapes and dtypes of fun's results, as ShapeDtypeStructs, found by tracing it (nothing runs)."""
    from ._tracing import trace
    from . import tree_util
    h, out_tree = trace(fun, args, kwargs)
    outs = [ShapeDtypeStruct(tuple(a.shape), a.dtype, weak_type=bool(a.weakType)) for a in h.outAvals]
    return tree_util.tree_unflatten(out_tree, outs)
