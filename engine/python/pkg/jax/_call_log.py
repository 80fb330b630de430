"""Times the calls of transformed functions for the app (engine/observe/call-timings.ts).

`enabled` mirrors whether the engine has a listener; the wrappers of jit, vmap and grad check it and
nothing else when it is off. While an observed call runs it is off, so nested calls are part of it."""
import _traceur as _E

enabled = False


def sync():
    """Read the engine's state again (after the app turned the log on or off)."""
    global enabled
    enabled = bool(_E.callLogEnabled())


sync()


def transforms_of(name, fun):
    """The transformation chain of a wrapper of `fun`: `name` then fun's own chain, as one string."""
    inner = getattr(fun, "_traceur_transforms", None)
    return name if inner is None else f"{name} {inner}"


def fun_name(fun):
    return getattr(fun, "__name__", "<unnamed function>")


def observe(wrapper, name, transforms, args, kwargs, jit_cache=None):
    """Call `wrapper` with the log off, and report its time. For jit, a cache that grew means it traced."""
    global enabled
    start = _E.callBegin()
    cached = len(jit_cache) if jit_cache is not None else 0
    enabled = False
    try:
        out = wrapper(*args, **kwargs)
    finally:
        enabled = True
    _E.callEnd(start, name, transforms, None if jit_cache is None else len(jit_cache) > cached)
    return out
