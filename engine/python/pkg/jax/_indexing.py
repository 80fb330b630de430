"""x[idx] and x.at[idx].set(...): indices are normalised here, the work is done by the engine."""
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
    if hasattr(i, "__index__"):
        return i.__index__()
    raise IndexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or "
                     f"boolean arrays are valid indices; got {i!r}")


def _slice_bound(b):
    if b is None or type(b) is int:
        return b
    if isinstance(b, Array):
        return b._h
    return b.__index__()


def normalize(idx):
    items = idx if isinstance(idx, tuple) else (idx,)
    return to_js([_index_item(i) for i in items])


def _engine(name):
    impl = _IMPLS.get(("jax.numpy", name))
    if impl is None:
        raise NotImplementedError(f"Traceur does not support {name.strip('_').replace('_', ' ')} yet.")
    return impl


def getitem(x, idx):
    try:
        return wrap(_engine("_getitem")(x._h, normalize(idx)))
    except JsException as e:
        raise python_error(e) from None


class _IndexUpdateRef:
    __slots__ = ("array", "index")

    def __init__(self, array, index):
        self.array = array
        self.index = index

    def _update(self, mode, values, **kwargs):
        try:
            return wrap(_engine("_index_update")(self.array._h, normalize(self.index), mode, lift(values)))
        except JsException as e:
            raise python_error(e) from None

    def get(self, **kwargs):
        return getitem(self.array, self.index)

    def set(self, values, **kwargs):
        return self._update("set", values)

    def add(self, values, **kwargs):
        return self._update("add", values)

    def subtract(self, values, **kwargs):
        return self._update("subtract", values)

    def multiply(self, values, **kwargs):
        return self._update("mul", values)

    mul = multiply

    def divide(self, values, **kwargs):
        return self._update("divide", values)

    def power(self, values, **kwargs):
        return self._update("power", values)

    def min(self, values, **kwargs):
        return self._update("min", values)

    def max(self, values, **kwargs):
        return self._update("max", values)


class _IndexUpdateHelper:
    __slots__ = ("array",)

    def __init__(self, array):
        self.array = array

    def __getitem__(self, index):
        return _IndexUpdateRef(self.array, index)

    def __repr__(self):
        return f"_IndexUpdateHelper({self.array!r})"
