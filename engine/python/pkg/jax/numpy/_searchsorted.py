"""jnp.searchsorted, composed as JAX 0.10.2 composes it (jax/_src/numpy/lax_numpy.py's `searchsorted`, which
expands jax/_src/numpy/hijax.py's SearchSorted: `_searchsorted_scan_impl`, `_searchsorted_sort_impl`,
`_searchsorted_compare_all_impl`), so that its jaxprs print as JAX's."""
import functools
import math

import numpy as _np

from .. import lax
from .._core import Array
from .._transforms import jit, vmap
from ..lax import scan


def _canonicalize_float_for_sort(x):
    """lax's `_canonicalize_float_for_sort`: -0 as 0 and every NaN as one NaN, for the total order."""
    result = lax.select(lax.eq(x, lax.full_like(x, 0, shape=())), lax.full_like(x, 0), x)
    return lax.select(lax.ne(x, x), lax.full_like(result, math.nan), result)


def _keys(x, y):
    if _is_float(x.dtype):
        return _canonicalize_float_for_sort(x), _canonicalize_float_for_sort(y)
    return x, y


def _is_float(dt):
    return str(dt) in ("float16", "bfloat16", "float32", "float64")


def _sort_lt_comparator(x, y):
    xk, yk = _keys(x, y)
    return lax._lt_to(xk, yk)


def _sort_le_comparator(x, y):
    xk, yk = _keys(x, y)
    return lax._le_to(xk, yk)


@functools.partial(jit, static_argnames=["side", "dtype", "unrolled"])
def _searchsorted_scan_impl(sorted_arr, query, side, dtype, unrolled):
    (n,) = sorted_arr.shape
    if sorted_arr.size == 0:
        return lax.full(query.shape, fill_value=0, dtype=dtype)
    if query.ndim > 0:
        return vmap(
            functools.partial(_searchsorted_scan_impl, side=side, dtype=dtype, unrolled=unrolled),
            in_axes=(None, 0),
        )(sorted_arr, query)

    op = _sort_le_comparator if side == "left" else _sort_lt_comparator
    unsigned_dtype = _np.uint64 if str(dtype) in ("int64", "uint64") else _np.uint32

    def body_fun(state, _):
        low, high = state
        mid = low + (high - low) // 2
        go_left = op(query, sorted_arr[mid])
        return (lax.select(go_left, low, mid), lax.select(go_left, mid, high)), ()

    n_levels = int(math.ceil(math.log2(n + 1)))
    init = (unsigned_dtype(0), unsigned_dtype(n))
    carry, _ = scan(body_fun, init, (), length=n_levels, unroll=n_levels if unrolled else 1)
    return carry[1].astype(dtype)


@functools.partial(jit, static_argnames=["side", "dtype"])
def _searchsorted_sort_impl(sorted_arr, query, side, dtype):
    working_dtype = _np.int32 if sorted_arr.size + query.size <= 2**31 - 1 else _np.int64

    def _rank(x):
        idx = lax.iota(working_dtype, len(x))
        return lax.full_like(idx, 0).at[lax.sort_key_val(x, idx)[1]].set(idx)

    if side == "left":
        index = _rank(lax.concatenate([query.ravel(), sorted_arr], 0))[: query.size]
    else:
        index = _rank(lax.concatenate([sorted_arr, query.ravel()], 0))[sorted_arr.size:]
    return lax.reshape(lax.sub(index, _rank(query.ravel())), query.shape).astype(dtype)


@functools.partial(jit, static_argnames=["side", "dtype"])
def _searchsorted_compare_all_impl(sorted_arr, query, side, dtype):
    op = _sort_lt_comparator if side == "left" else _sort_le_comparator
    comparisons = vmap(op, in_axes=(0, None))(sorted_arr, query)
    return comparisons.sum(dtype=dtype, axis=0)


_IMPLS = {
    "scan": functools.partial(_searchsorted_scan_impl, unrolled=False),
    "scan_unrolled": functools.partial(_searchsorted_scan_impl, unrolled=True),
    "compare_all": _searchsorted_compare_all_impl,
    "sort": _searchsorted_sort_impl,
}


def _int_dtype_for_dim(n):
    """lax_utils.int_dtype_for_dim(n, signed=True) with x64 off."""
    return _np.int32


def _promote_dtypes(*args):
    """jnp's `promote_dtypes`: every argument converted to the result type (weak when all are)."""
    from . import result_type
    to_dtype = result_type(*args)
    weak = all(getattr(x, "weak_type", type(x) in (int, float, complex)) for x in args)
    return [lax._convert_element_type(x, to_dtype, weak) for x in args]


def _arraylike(x):
    return isinstance(x, (Array, int, float, complex, bool, _np.ndarray, _np.generic))


@functools.partial(jit, static_argnames=("side", "method"))
def searchsorted(a, v, side="left", sorter=None, *, method="scan"):
    args = (a, v) if sorter is None else (a, v, sorter)
    for pos, x in enumerate(args):
        if not _arraylike(x):
            raise TypeError(f"searchsorted requires ndarray or scalar arguments, got {type(x)} at position {pos}.")
    if a.ndim != 1:
        raise ValueError("a should be 1-dimensional")
    a, v = _promote_dtypes(a, v)
    if sorter is not None:
        a = a[sorter]
    dtype = _int_dtype_for_dim(a.shape[0])
    # hijax.SearchSorted's checks.
    if side not in ["left", "right"]:
        raise ValueError(f"invalid argument side={side!r}, expected 'left' or 'right'")
    if method not in _IMPLS:
        raise ValueError(f"invalid argument method={method!r}, expected one of {sorted(_IMPLS)}")
    return _IMPLS[method](a, v, side=side, dtype=dtype)
