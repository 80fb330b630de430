"""Python functions generated from the engine's API table, each with its real Python signature."""
import json
import sys

import _traceur
from pyodide.ffi import JsException

from ._core import lift, lift_strict, plain, python_error, wrap_result, asarray_value
from ._dtypes import engine_dtype

_IMPLS = {}


def engine_function(module, name):
    return _IMPLS[(module, name)]


def _convert_arrays(xs, fname):
    from pyodide.ffi import to_js
    from ._core import Array
    if isinstance(xs, Array):
        return xs._h  # one array where a sequence is expected (jnp.concatenate(x)): the engine decides
    if not isinstance(xs, (list, tuple)):
        xs = list(xs)
    return to_js([lift(x) for x in xs])


def _array_like(x, dt=None):
    if isinstance(x, (list, tuple)):
        return asarray_value(x, dt)
    return lift(x)


_CONVERTERS = {
    "array": "_lift_strict({p}, {fname!r}, {pos})",
    "optarray": "(None if {p} is None else _lift_strict({p}, {fname!r}, {pos}))",
    "arraylike": "_array_like({p}, {dtype})",
    "arrays": "_convert_arrays({p}, {fname!r})",
    "dtype": "_engine_dtype({p})",
    "plain": "_plain({p})",
    "shape": "_shape({p})",
}


def _shape(s):
    """A jnp shape argument. Python floats are refused here: once in JS, `2.0` could not be told from `2`."""
    dims = s if isinstance(s, (tuple, list)) else (s,)
    if any(type(d) is float for d in dims):
        raise TypeError(f"Shapes must be 1D sequences of concrete values of integer type, got {tuple(dims)!r}.")
    return plain(s)


def _param_names(signature):
    names = []
    for part in signature.split(","):
        part = part.strip()
        if not part or part in ("/", "*"):
            continue
        names.append(part.split("=")[0].strip().lstrip("*"))
    return names


def _wrapper_source(module, name, signature, kinds, impl_name):
    params = _param_names(signature)
    converted = []
    for pos, p in enumerate(params):
        kind = kinds.get(p, "plain")
        # Nested lists are built directly in the requested dtype, as jnp.array does.
        dt = "dtype" if kind == "arraylike" and "dtype" in params else "None"
        if kind == "plain" and p == "shape" and module == "jax.numpy":
            kind = "shape"
        converted.append(_CONVERTERS[kind].format(p=p, fname=name, pos=pos, dtype=dt))
    return (f"def {name}({signature}):\n"
            f"    try:\n"
            f"        return _wrap({impl_name}({', '.join(converted)}))\n"
            f"    except _JsException as _e:\n"
            f"        raise _python_error(_e) from None\n")


def install(module_name, namespace):
    """Put every engine function of `module_name` into `namespace`.

    All of a module's wrappers are compiled as one source: one compile instead of hundreds is most of
    the time `import jax` takes."""
    specs = _SPECS.get(module_name, [])
    ns = {"_wrap": wrap_result, "_lift_strict": lift_strict, "_array_like": _array_like,
          "_convert_arrays": _convert_arrays, "_engine_dtype": engine_dtype, "_plain": plain, "_shape": _shape,
          "_JsException": JsException, "_python_error": python_error}
    sources = []
    for i, (_, name, signature, kinds, impl) in enumerate(specs):
        ns[f"_impl{i}"] = impl
        sources.append(_wrapper_source(module_name, name, signature, kinds, f"_impl{i}"))
    # Compiled under this file's name: tracebacks and source lines take its frames for the package's own.
    exec(compile("".join(sources), __file__, "exec"), ns)
    for _, name, *_ in specs:
        fn = ns[name]
        fn.__module__ = module_name
        fn.__qualname__ = name
        namespace[name] = fn


_SPECS = {}
for _spec in _traceur.apiSpecs():
    _module, _name, _sig, _kinds, _impl = _spec[0], _spec[1], _spec[2], json.loads(_spec[3]), _spec[4]
    _IMPLS[(_module, _name)] = _impl
    _SPECS.setdefault(_module, []).append((_module, _name, _sig, _kinds, _impl))
