"""x[idx] and x.at[idx].set(...): indices are normalised here, the work is done by the engine."""
import operator

from pyodide.ffi import JsException, to_js

from ._core import Array, lift, python_error, wrap, asarray_value
from ._api import _IMPLS


def _index_item(i):
    if i is None:
        return None
    if i is Ellipsis:
        return "..."
    if isinstance(i, slice):
        return to_js(["slice", _slice_bound(i.start), _slice_bound(i.stop), _slice_bound(i.step)])
    if type(i) is bool:
        return lift(i)
    if type(i) is int:
        return i
    if isinstance(i, Array):
        return i._h
    if isinstance(i, (list, tuple)):
        return asarray_value(list(i), None)
    if isinstance(i, str):
        raise TypeError(f"JAX does not support string indexing; got idx={i!r}")
    if isinstance(i, (float, complex)):
        raise TypeError("Indexer must have integer or boolean type, got indexer with type "
                        f"{'float64' if isinstance(i, float) else 'complex128'}")
    if hasattr(i, "__index__"):
        return i.__index__()
    raise IndexError("only integers, slices (`:`), ellipsis (`...`), newaxis (`None`) and integer or boolean "
                     f"arrays are valid indices. Got {i}")


def _slice_bound(b):
    if b is None or type(b) is int:
        return b
    if isinstance(b, Array):
        return b._h
    return operator.index(b)


def normalize(idx):
    if isinstance(idx, list):
        # `eliminate_deprecated_list_indexing`: only tuples index several axes.
        nested = any(isinstance(i, (list, tuple, slice)) or i is Ellipsis or i is None
                     or (isinstance(i, Array) and i.ndim != 0) for i in idx)
        raise TypeError("Using a non-tuple sequence for multidimensional indexing is not allowed; use "
                        f"`arr[{'tuple' if nested else 'array'}(seq)]` instead of `arr[seq]`. "
                        "See https://github.com/jax-ml/jax/issues/4564 for more information.")
    items = idx if isinstance(idx, tuple) else (idx,)
    return to_js([_index_item(i) for i in items])


def _options(indices_are_sorted=False, unique_indices=False, mode=None, fill_value=None,
             wrap_negative_indices=True, out_sharding=None):
    """The keyword arguments of .at[idx].get() and the update methods, for the engine."""
    if out_sharding is not None:
        raise NotImplementedError("Traceur does not support out_sharding yet.")
    fill = None if fill_value is None else lift(fill_value)
    mode = mode if mode is None or isinstance(mode, str) else mode.name.lower()
    return to_js([bool(indices_are_sorted), bool(unique_indices), mode, fill, bool(wrap_negative_indices)])


def _engine(name):
    impl = _IMPLS.get(("jax.numpy", name))
    if impl is None:
        raise NotImplementedError(f"Traceur does not support {name.strip('_').replace('_', ' ')} yet.")
    return impl


def getitem(x, idx, **kwargs):
    try:
        return wrap(_engine("_getitem")(x._h, normalize(idx), _options(**kwargs) if kwargs else None))
    except JsException as e:
        raise python_error(e) from None


class _IndexUpdateRef:
    __slots__ = ("array", "index")

    def __init__(self, array, index):
        self.array = array
        self.index = index

    def _update(self, op, values, **kwargs):
        try:
            return wrap(_engine("_index_update")(self.array._h, normalize(self.index), op, lift(values),
                                                 _options(**kwargs) if kwargs else None))
        except JsException as e:
            raise python_error(e) from None

    def __repr__(self):
        return f"_IndexUpdateRef({self.array!r}, {self.index!r})"

    def get(self, **kwargs):
        return getitem(self.array, self.index, **kwargs)

    def set(self, values, **kwargs):
        return self._update("set", values, **kwargs)

    def add(self, values, **kwargs):
        return self._update("add", values, **kwargs)

    def subtract(self, values, **kwargs):
        return self._update("subtract", values, **kwargs)

    def multiply(self, values, **kwargs):
        return self._update("mul", values, **kwargs)

    mul = multiply

    def divide(self, values, **kwargs):
        return self._update("divide", values, **kwargs)

    def power(self, values, **kwargs):
        return self._update("power", values, **kwargs)

    def min(self, values, **kwargs):
        return self._update("min", values, **kwargs)

    def max(self, values, **kwargs):
        return self._update("max", values, **kwargs)


class _IndexUpdateHelper:
    __slots__ = ("array",)

    def __init__(self, array):
        self.array = array

    def __getitem__(self, index):
        return _IndexUpdateRef(self.array, index)

    def __repr__(self):
        return f"_IndexUpdateHelper({self.array!r})"
