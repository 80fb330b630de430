"""jax.device_put: Traceur's one device is the CPU (engine/lax/primitives/device-put.ts)."""
from pyodide.ffi import JsException, jsnull, to_js

from . import tree_util
from ._api import engine_function
from ._core import Array, lift, python_error, wrap
from ._misc import Device


def _copy_semantics(donate, may_alias):
    # api.py's rules, for one bool each (JAX also takes pytrees of them).
    if may_alias and donate:
        raise ValueError("may_alias and donate cannot be True at the same time.")
    if may_alias is None:
        may_alias = not donate
    if may_alias and not donate:
        return "REUSE_INPUT"
    if donate and not may_alias:
        return "DONATE_INPUT"
    return "ALWAYS_COPY"


def device_put(x, device=None, *, src=None, donate=False, may_alias=None):
    """Transfers ``x`` to ``device`` (in Traceur, the CPU: the arrays stay where they are)."""
    for what, d in (("device", device), ("src", src)):
        if d is not None and not isinstance(d, Device):
            raise NotImplementedError(f"Traceur does not support jax.device_put with a {what} other than "
                                      "a Device yet (its one device is the CPU).")
    if not isinstance(donate, bool) or not (may_alias is None or isinstance(may_alias, bool)):
        raise NotImplementedError("Traceur does not support jax.device_put with donate or may_alias given "
                                  "per leaf yet.")
    copy = _copy_semantics(donate, may_alias)
    leaves, treedef = tree_util.tree_flatten(x)
    handles = []
    for leaf in leaves:
        try:
            handles.append(lift(leaf))
        except TypeError:
            raise TypeError(f"Argument '{leaf}' of type {type(leaf)} is not a valid JAX type") from None
    try:
        outs = engine_function("jax._dispatch", "device_put_leaves")(to_js(handles), device is not None, copy)
    except JsException as e:
        raise python_error(e) from None
    # The engine's null: the leaf itself (a JAX array given back as it is).
    results = [leaf if out is None or out is jsnull else wrap(out) for leaf, out in zip(leaves, outs)]
    return tree_util.tree_unflatten(treedef, results)
