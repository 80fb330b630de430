"""make_jaxpr: trace a Python function into a jaxpr with the engine's staging trace."""
import inspect

from pyodide.ffi import JsException, to_js

from ._core import Array, lift, python_error, wrap
from . import tree_util
import _traceur as _E

_SCALAR_AVALS = {bool: ("bool", False), int: ("int32", True), float: ("float32", True)}


def aval_spec(x):
    """(shape, dtype, weak_type) of an argument leaf, as jit abstracts it."""
    if isinstance(x, Array):
        shape, dt, weak, _ = _E.info(x._h)
        return [list(shape), dt, bool(weak)]
    for t, (dt, weak) in _SCALAR_AVALS.items():
        if type(x) is t:
            return [[], dt, weak]
    if hasattr(x, "_traceur_value"):
        shape, dt, weak, _ = _E.info(x._traceur_value())
        return [list(shape), dt, bool(weak)]
    from ._transforms import ShapeDtypeStruct
    if isinstance(x, ShapeDtypeStruct):
        return [list(x.shape), x.dtype.name, bool(x.weak_type)]
    raise TypeError(f"Argument '{x!r}' of type {type(x)} is not a valid JAX type.")


def arg_names(fun, args, kwargs):
    """Flat argument names for JAX's error messages: `n`, `x[0]`, `p['w']`."""
    try:
        sig = inspect.signature(fun)
        bound = sig.bind(*args, **kwargs)
        named = list(bound.arguments.items())
    except (TypeError, ValueError):
        named = [(f"args[{i}]", a) for i, a in enumerate(args)] + sorted(kwargs.items())
    names = []
    for name, value in named:
        param = None
        try:
            param = inspect.signature(fun).parameters.get(name)
        except (TypeError, ValueError):
            pass
        if param is not None and param.kind == inspect.Parameter.VAR_POSITIONAL:
            for i, v in enumerate(value):
                for path, _ in tree_util.tree_flatten_with_path(v)[0]:
                    names.append(f"{name}[{i}]{tree_util.keystr(path)}")
            continue
        for path, _ in tree_util.tree_flatten_with_path(value)[0]:
            names.append(name + tree_util.keystr(path))
    return names


def origin_of(fun, names, traced_for=None):
    code = getattr(fun, "__code__", None)
    origin = {"functionName": getattr(fun, "__name__", repr(fun)), "argNames": names}
    if traced_for is not None:
        origin["tracedFor"] = traced_for
    if code is not None:
        origin["file"] = code.co_filename
        origin["line"] = code.co_firstlineno
    return to_js(origin, dict_converter=_js_object)


def _js_object(entries):
    from js import Object
    return Object.fromEntries(entries)


def trace(fun, args, kwargs):
    """Trace fun(*args, **kwargs): returns (engine ClosedJaxpr, output tree)."""
    flat, in_tree = tree_util.tree_flatten((args, kwargs))
    specs = [aval_spec(x) for x in flat]
    return trace_specs(fun, specs, in_tree, arg_names(fun, args, kwargs))


def trace_specs(fun, specs, in_tree, names, traced_for=None):
    """Trace fun on fresh tracers of `specs` ([shape, dtype, weak] per leaf of the (args, kwargs) tree
    `in_tree`); `names` are the flat argument names and `traced_for` what traces it ("cond", "scan"...), for
    error messages. Returns (ClosedJaxpr, output tree)."""
    try:
        tid, tracers = _E.traceBegin(to_js(specs), origin_of(fun, names, traced_for))
    except JsException as e:
        raise python_error(e) from None
    try:
        in_args, in_kwargs = tree_util.tree_unflatten(in_tree, [wrap(t) for t in tracers])
        out = fun(*in_args, **in_kwargs)
        out_flat, out_tree = tree_util.tree_flatten(out)
        out_values = to_js([lift(o) for o in out_flat])
    except BaseException:
        _E.traceAbort(tid)
        raise
    try:
        return _E.traceEnd(tid, out_values), out_tree
    except JsException as e:
        raise python_error(e) from None


class ClosedJaxpr:
    """What jax.make_jaxpr returns; prints as JAX prints it."""
    __slots__ = ("_h", "_out_tree")

    def __init__(self, h, out_tree=None):
        self._h = h
        self._out_tree = out_tree

    def __str__(self):
        return _E.printJaxpr(self._h)

    __repr__ = __str__

    def pretty_print(self, **kwargs):
        return str(self)

    @property
    def jaxpr(self):
        return self

    @property
    def eqns(self):
        return list(self._h.jaxpr.eqns)

    @property
    def consts(self):
        return [wrap(c) for c in self._h.consts]


def make_jaxpr(fun, static_argnums=(), axis_env=None, return_shape=False, abstracted_axes=None):
    if isinstance(static_argnums, int):
        static_argnums = (static_argnums,)
    static_argnums = tuple(static_argnums)

    def make_jaxpr_f(*args, **kwargs):
        if static_argnums:
            statics = {i: args[i] for i in static_argnums}
            dyn = tuple(a for i, a in enumerate(args) if i not in statics)

            def f(*dyn_args, **kw):
                it = iter(dyn_args)
                full = [statics[i] if i in statics else next(it) for i in range(len(args))]
                return fun(*full, **kw)
            f.__name__ = getattr(fun, "__name__", "f")
            if hasattr(fun, "__code__"):
                f.__code__ = f.__code__.replace(co_filename=fun.__code__.co_filename,
                                                co_firstlineno=fun.__code__.co_firstlineno)
            h, out_tree = trace(f, dyn, kwargs)
        else:
            h, out_tree = trace(fun, args, kwargs)
        closed = ClosedJaxpr(h, out_tree)
        if return_shape:
            raise NotImplementedError("Traceur does not support make_jaxpr(return_shape=True) yet.")
        return closed

    make_jaxpr_f.__name__ = f"make_jaxpr({getattr(fun, '__name__', 'fun')})"
    return make_jaxpr_f
