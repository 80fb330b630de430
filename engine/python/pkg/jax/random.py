"""jax.random, implemented by Traceur's engine (engine/random)."""
from ._api import install as _install

_install("jax.random", globals())

_seed = globals().pop("_seed")
_choice_engine = globals().pop("choice")
_choice_cumulative = globals().pop("_choice_cumulative")
_wrap_key_data_impl = globals().pop("_wrap_key_data")


def _impl_name(impl):
    if impl is None:
        return None
    name = getattr(impl, "name", impl)
    return name if isinstance(name, str) else str(name)


def _int64_seed(seed):
    """`jnp.asarray(np.int64(seed))` with x64 off: an int32 holding the low 32 bits."""
    if not -2 ** 63 <= seed < 2 ** 63:
        raise OverflowError("Python int too large to convert to C long")
    return (int(seed) + 2 ** 31) % 2 ** 32 - 2 ** 31


def _make_key(ctor, seed, impl):
    if isinstance(seed, int):
        from numpy import int32 as _np_int32
        seed = _np_int32(_int64_seed(seed))
    return _seed(ctor, seed, _impl_name(impl))


def key(seed, *, impl=None, dtype=None):
    if dtype is not None:
        if impl is not None:
            raise ValueError("Cannot specify both `impl` and `dtype` arguments to jax.random.key")
        impl = dtype
    return _make_key("key", seed, impl)


def PRNGKey(seed, *, impl=None):
    return _make_key("PRNGKey", seed, impl)


def wrap_key_data(key_bits_array, *, impl=None, dtype=None):
    if dtype is not None:
        if impl is not None:
            raise ValueError("Cannot specify both `impl` and `dtype` arguments to jax.random.wrap_key_data")
        impl = dtype
    return _wrap_key_data_impl(key_bits_array, _impl_name(impl))


def choice(key, a, shape=(), replace=True, p=None, axis=0, mode=None):
    if p is None or not replace:
        return _choice_engine(key, a, shape, replace, p, axis, mode)
    # random.py's choice: the cumulative sums of p, searched with jnp.searchsorted.
    from . import numpy as jnp
    prepared = _choice_cumulative(key, a, shape, p, axis)
    if len(prepared) == 1:
        return prepared[0]
    arr, p_cuml, r, axis, out_shape = prepared
    ind = jnp.searchsorted(p_cuml, r).astype(int)
    result = ind if arr.ndim == 0 else jnp.take(arr, ind, axis)
    return result.reshape(tuple(out_shape))

from ._unsupported import module_getattr as _module_getattr  # noqa: E402

__getattr__ = _module_getattr("jax.random")
