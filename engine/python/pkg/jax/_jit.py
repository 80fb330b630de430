"""jax.jit: trace once per argument types and static values, then bind a `jit` equation."""
import functools
import inspect
import weakref

from pyodide.ffi import JsException, to_js

from ._core import Array, ArrayImpl, lift, python_error, wrap
from ._tracing import aval_spec, trace
from . import _call_log, tree_util
import _traceur as _E

# Traced jaxprs, per function, keyed by jit options, input structure, avals and static values (as JAX's cache).
_CACHES = weakref.WeakKeyDictionary()


def _as_tuple(x):
    if x is None:
        return ()
    if isinstance(x, int):
        return (x,)
    if isinstance(x, str):
        return (x,)
    return tuple(x)


def _argument_value(x):
    """An argument leaf as an engine value; anything but arrays and scalars is refused as JAX refuses it."""
    if type(x) is ArrayImpl:
        return x._h
    if type(x) in _SCALAR_TYPES or isinstance(x, Array) or hasattr(x, "_traceur_value"):
        return lift(x)
    aval_spec(x)  # raises JAX's TypeError for what is not a valid JAX type
    return lift(x)


_SCALAR_TYPES = (bool, int, float)
_FLAT_TREES = {}


def _flat_tree(n):
    """The input tree of `n` positional array arguments and no keyword arguments."""
    tree = _FLAT_TREES.get(n)
    if tree is None:
        tree = _FLAT_TREES[n] = tree_util.tree_structure(((0,) * n, {}))
    return tree


class JitWrapped:
    """What jax.jit returns: a callable that stages `fun` once per signature."""

    def __init__(self, fun, static_argnums, static_argnames, donate_argnums, donate_argnames, inline, keep_unused):
        self._fun = fun
        self._static_argnums = _as_tuple(static_argnums)
        self._static_argnames = _as_tuple(static_argnames)
        self._donate_argnums = _as_tuple(donate_argnums)
        self._donate_argnames = _as_tuple(donate_argnames)
        self._options = (self._static_argnums, self._static_argnames, self._donate_argnums, self._donate_argnames)
        self._name = getattr(fun, "__name__", "<unnamed function>")
        try:
            self._cache = _CACHES.setdefault(fun, {})
        except TypeError:  # not weakly referenceable (some builtins): a cache of this wrapper's own
            self._cache = {}
        try:
            self._signature = inspect.signature(fun)
        except (TypeError, ValueError):
            self._signature = None
        functools.update_wrapper(self, fun)
        self._traceur_transforms = _call_log.transforms_of("jit", fun)  # after update_wrapper copied fun's

    def _split(self, args, kwargs):
        n = len(args)
        static_argnums = tuple(i + n if i < 0 else i for i in self._static_argnums)
        statics = tuple((i, args[i]) for i in static_argnums if i < n)
        static_kw = tuple(sorted((k, v) for k, v in kwargs.items() if k in self._static_argnames))
        dyn_args = tuple(a for i, a in enumerate(args) if i not in static_argnums)
        dyn_kwargs = {k: v for k, v in kwargs.items() if k not in self._static_argnames}
        for _, v in statics + static_kw:
            try:
                hash(v)
            except TypeError:
                raise ValueError(
                    "Non-hashable static arguments are not supported. An error occurred while trying to hash an "
                    f"object of type {type(v)}, {v}. The error was:\nTypeError: unhashable type: "
                    f"'{type(v).__name__}'\n") from None
        return statics, static_kw, dyn_args, dyn_kwargs

    def _traced_fun(self, statics, static_kw, n_args):
        fun = self._fun
        statics_map = dict(statics)

        def with_statics(*dyn_args, **dyn_kwargs):
            it = iter(dyn_args)
            full = [statics_map[i] if i in statics_map else next(it) for i in range(n_args)]
            return fun(*full, **dict(static_kw), **dyn_kwargs)
        with_statics.__name__ = self._name
        code = getattr(fun, "__code__", None)
        if code is not None:
            with_statics.__code__ = with_statics.__code__.replace(
                co_filename=code.co_filename, co_firstlineno=code.co_firstlineno, co_name=code.co_name)
        if self._signature is not None and not statics and not static_kw:
            with_statics.__signature__ = self._signature
        return with_statics

    def _donated(self, dyn_args, dyn_kwargs, n_args):
        donate = {i + n_args if i < 0 else i for i in self._donate_argnums}
        statics = set(self._static_argnums)
        flags = []
        dyn_index = [i for i in range(n_args) if i not in statics]
        for pos, a in zip(dyn_index, dyn_args):
            flags += [pos in donate] * len(tree_util.tree_leaves(a))
        for k in sorted(dyn_kwargs):
            flags += [k in self._donate_argnames] * len(tree_util.tree_leaves(dyn_kwargs[k]))
        return flags

    def __call__(self, *args, **kwargs):
        if _call_log.enabled:
            return _call_log.observe(self, self._name, self._traceur_transforms, args, kwargs, self._cache)
        if self._static_argnums or self._static_argnames:
            statics, static_kw, dyn_args, dyn_kwargs = self._split(args, kwargs)
        else:
            statics, static_kw, dyn_args, dyn_kwargs = (), (), args, kwargs
        if not dyn_kwargs and all(type(a) is ArrayImpl for a in dyn_args):
            flat, in_tree = dyn_args, _flat_tree(len(dyn_args))  # the common case, without a tree walk
        else:
            flat, in_tree = tree_util.tree_flatten((dyn_args, dyn_kwargs))
        values = [_argument_value(x) for x in flat]
        # The avals of all arguments, as one string made by the engine: one call into JS, not one per leaf.
        key = (self._options, in_tree, _E.jitSignature(*values), statics, static_kw)
        cache = self._cache
        entry = cache.get(key)
        hit = entry is not None
        if entry is None:
            f = self._traced_fun(statics, static_kw, len(args))
            entry = trace(f, dyn_args, dyn_kwargs)
            cache[key] = entry
        jaxpr, out_tree = entry
        donated = None
        if self._donate_argnums or self._donate_argnames:
            donated = to_js(self._donated(dyn_args, dyn_kwargs, len(args)))
        try:
            outs = _E.jitCall(self._name, jaxpr, donated, hit, *values)
        except JsException as e:
            raise python_error(e) from None
        return tree_util.tree_unflatten(out_tree, [wrap(o) for o in outs])

    def __repr__(self):
        return f"<PjitFunction of {self._fun!r}>"

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self, obj)


def jit(fun=None, *, in_shardings=None, out_shardings=None, static_argnums=None, static_argnames=None,
        donate_argnums=None, donate_argnames=None, keep_unused=False, device=None, backend=None, inline=False,
        abstracted_axes=None, compiler_options=None):
    if fun is None:
        return lambda f: jit(f, static_argnums=static_argnums, static_argnames=static_argnames,
                             donate_argnums=donate_argnums, donate_argnames=donate_argnames,
                             keep_unused=keep_unused, inline=inline)
    if not callable(fun):
        raise TypeError(f"Expected a callable value, got {fun}")
    return JitWrapped(fun, static_argnums, static_argnames, donate_argnums, donate_argnames, inline, keep_unused)
