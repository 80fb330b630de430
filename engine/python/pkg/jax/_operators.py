"""Python operators on Array, forwarded to the jax.numpy functions JAX uses for them."""
from pyodide.ffi import JsException

from ._core import Array, lift, python_error, wrap, wrap_result
from ._api import _IMPLS

_SCALARS = (bool, int, float, complex)


def _recognized(x):
    return isinstance(x, Array) or type(x) in _SCALARS or isinstance(x, _SCALARS) or hasattr(x, "_traceur_value")


def _impl(name):
    impl = _IMPLS.get(("jax.numpy", name))
    if impl is None:
        def missing(*_):
            raise NotImplementedError(f"Traceur does not support jnp.{name} yet.")
        return missing
    return impl


def _binary(name, reverse=False):
    def op(self, other):
        if not _recognized(other):
            return NotImplemented
        impl = _impl(name)
        try:
            if reverse:
                return wrap_result(impl(lift(other), self._h))
            return wrap_result(impl(self._h, lift(other)))
        except JsException as e:
            raise python_error(e) from None
    return op


def _unary(name):
    def op(self):
        try:
            return wrap(_impl(name)(self._h))
        except JsException as e:
            raise python_error(e) from None
    return op


_BINARY = {
    "add": "add", "sub": "subtract", "mul": "multiply", "truediv": "true_divide", "floordiv": "floor_divide",
    "mod": "remainder", "pow": "power", "matmul": "matmul", "and": "bitwise_and", "or": "bitwise_or",
    "xor": "bitwise_xor", "lshift": "left_shift", "rshift": "right_shift", "divmod": "divmod",
}
for _op, _fn in _BINARY.items():
    setattr(Array, f"__{_op}__", _binary(_fn))
    setattr(Array, f"__r{_op}__", _binary(_fn, reverse=True))

for _op, _fn in {"lt": "less", "le": "less_equal", "gt": "greater", "ge": "greater_equal",
                 "eq": "equal", "ne": "not_equal"}.items():
    setattr(Array, f"__{_op}__", _binary(_fn))

for _op, _fn in {"neg": "negative", "pos": "positive", "abs": "absolute", "invert": "invert"}.items():
    setattr(Array, f"__{_op}__", _unary(_fn))

# Methods that forward to the jax.numpy function of the same name, with the array first.
_METHODS = ["sum", "prod", "mean", "var", "std", "max", "min", "argmax", "argmin", "any", "all", "cumsum",
            "cumprod", "transpose", "swapaxes", "squeeze", "ravel", "flatten", "clip", "round", "sort", "argsort",
            "take", "repeat", "dot", "nonzero", "conj", "conjugate", "trace", "diagonal", "ptp"]


def _method(name):
    def m(self, *args, **kwargs):
        from jax import numpy as jnp
        fn = getattr(jnp, "ravel" if name == "flatten" else name)
        return fn(self, *args, **kwargs)
    m.__name__ = name
    return m


for _name in _METHODS:
    setattr(Array, _name, _method(_name))


def _reshape(self, *shape, order="C"):
    from jax import numpy as jnp
    # As JAX: x.reshape(4) passes 4 itself (its messages say "into shape 4").
    return jnp.reshape(self, shape[0] if len(shape) == 1 else shape, order=order)


def _transpose(self, *axes):
    from jax import numpy as jnp
    return jnp.transpose(self, axes[0] if len(axes) == 1 else (axes or None))


def _astype(self, dtype, copy=False, device=None):
    from jax import numpy as jnp
    return jnp.astype(self, dtype)


def _view(self, dtype=None):
    raise NotImplementedError("Traceur does not support Array.view yet.")


Array.reshape = _reshape
Array.transpose = _transpose
Array.astype = _astype
Array.view = _view
