"""Calls into the engine's numpy functions (engine/hostnumpy), with engine errors raised as Python's."""
import re

import _traceur
from pyodide.ffi import JsException

from jax._api import engine_function
from jax._core import python_error
from .exceptions import AxisError

E = _traceur
_AXIS_ERROR = re.compile(r"axis -?\d+ is out of bounds for array of dimension \d+$")
_FUNCTIONS = {}


def numpy_error(e):
    err = python_error(e)
    if type(err) is ValueError and _AXIS_ERROR.match(str(err)):
        return AxisError(str(err))
    return err


def call(name, *args):
    fn = _FUNCTIONS.get(name)
    if fn is None:
        fn = _FUNCTIONS[name] = engine_function("numpy", name)
    try:
        return fn(*args)
    except JsException as e:
        raise numpy_error(e) from None


def info(h):
    """[shape, dtype name] of an engine value."""
    i = E.info(h)
    return tuple(i[0]), i[1]


def to_py(h):
    from pyodide.ffi import JsProxy
    try:
        v = E.toPy(h, "tolist")
    except JsException as e:
        raise numpy_error(e) from None
    return v.to_py() if isinstance(v, JsProxy) else v
