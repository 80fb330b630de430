"""jax.grad, jax.value_and_grad, jax.vjp, jax.jvp, jax.linearize (jax/_src/api.py).

Python handles pytrees, argnums and JAX's argument checks; the engine runs the transformation: the user's
function is called between the `begin` and the `finish` of an engine session."""
import functools

from pyodide.ffi import JsException, to_js

from ._core import Array, lift, python_error, wrap
from . import _call_log, tree_util
import _traceur as _E

_INEXACT = ("float16", "bfloat16", "float32", "float64", "complex64", "complex128")


def _js(f, *args):
    try:
        return f(*args)
    except JsException as e:
        raise python_error(e) from None


def _values(leaves):
    return to_js([lift(x) for x in leaves])


def _dtype_name(x):
    return str(_E.info(lift(x))[1])


def _shape(x):
    return tuple(_E.info(lift(x))[0])


def _aux_arrays(aux_leaves):
    """The aux leaves the engine must strip of its tracers: the arrays (other leaves come back as they are)."""
    return [x for x in aux_leaves if isinstance(x, Array)]


def _aux_tree(aux_tree, aux_leaves, stripped):
    it = iter(stripped)
    return tree_util.tree_unflatten(aux_tree, [wrap(next(it)) if isinstance(x, Array) else x for x in aux_leaves])


def _check_callable(fun):
    if not callable(fun):
        raise TypeError(f"Expected a callable value, got {fun}")


def _run(session, fun, args, has_aux):
    """Call `fun` on the session's input tracers; the flat outputs, output tree, aux leaves and aux tree."""
    in_tree = args
    try:
        ins = tree_util.tree_unflatten(in_tree, [wrap(t) for t in session.inputs])
        out = fun(*ins)
        aux_leaves, aux_tree = [], None
        if has_aux:
            if not isinstance(out, (list, tuple)) or len(out) != 2:
                raise TypeError("expected function with aux output to return a two-element tuple, but got type "
                                f"{type(out)} with value {out!r}")
            out, aux = out
            aux_leaves, aux_tree = tree_util.tree_flatten(aux)
        out_leaves, out_tree = tree_util.tree_flatten(out)
        return out_leaves, out_tree, aux_leaves, aux_tree
    except BaseException:
        session.abort()
        raise


class _VJP:
    """The function `jax.vjp` returns: output cotangents to input cotangents."""

    def __init__(self, lin, in_tree, out_tree):
        self._lin = lin
        self._in_tree = in_tree
        self._out_tree = out_tree

    def __call__(self, out_ct, *extra):
        if extra:
            raise TypeError(f"The function returned by `jax.vjp` applied to {self._in_tree} was called with "
                            f"{len(extra) + 1} arguments, but functions returned by `jax.vjp` must be called with a "
                            "single argument corresponding to the single value returned by the function being "
                            "differentiated (even if that returned value is a tuple or other container).")
        cts, ct_tree = tree_util.tree_flatten(out_ct)
        if ct_tree != self._out_tree:
            raise ValueError("unexpected tree structure.\n\nThe argument to a VJP function returned by `jax.vjp` "
                             "must match the pytree structure of the differentiated function.")
        in_cts = _js(self._lin.pullback, _values(cts))
        return tree_util.tree_unflatten(self._in_tree, [wrap(c) for c in in_cts])


def vjp(fun, *primals, has_aux=False, reduce_axes=()):
    if reduce_axes:
        raise NotImplementedError("reduce_axes argument to vjp is deprecated")
    _check_callable(fun)
    flat, in_tree = tree_util.tree_flatten(primals)
    session = _js(_E.adLinearizeBegin, _values(flat))
    out_leaves, out_tree, aux_leaves, aux_tree = _run(session, fun, in_tree, has_aux)
    try:
        lin = session.finish(_values(out_leaves + _aux_arrays(aux_leaves)), len(_aux_arrays(aux_leaves)))
    except JsException as e:
        session.abort()
        raise python_error(e) from None
    out = tree_util.tree_unflatten(out_tree, [wrap(v) for v in lin.primalsOut])
    f_vjp = _VJP(lin, in_tree, out_tree)
    if has_aux:
        return out, f_vjp, _aux_tree(aux_tree, aux_leaves, lin.aux)
    return out, f_vjp


def _check_input_dtype_grad(allow_int, x):
    name = _dtype_name(x)
    if name not in _INEXACT:
        if not allow_int:
            raise TypeError("grad requires real- or complex-valued inputs (input dtype that is a sub-dtype of "
                            f"np.inexact), but got {name}. If you want to use Boolean- or integer-valued inputs, "
                            "use vjp or set allow_int to True.")
        raise NotImplementedError("Traceur does not support float0 gradients of integer inputs (allow_int=True "
                                  "with an integer argument) yet.")


def _check_scalar(x):
    if not isinstance(x, (Array, bool, int, float)):
        raise TypeError(f"Gradient only defined for scalar-output functions. Output was {x}.")
    shape = _shape(x)
    if shape != ():
        raise TypeError(f"Gradient only defined for scalar-output functions. Output had shape: {shape}.")


def _check_output_dtype_grad(x):
    name = _dtype_name(x)
    if name.startswith("complex"):
        raise TypeError("grad requires real-valued outputs (output dtype that is a sub-dtype of np.floating), "
                        f"but got {name}. For holomorphic differentiation, pass holomorphic=True. For "
                        "differentiation of non-holomorphic functions involving complex outputs, use jax.vjp "
                        "directly.")
    if name not in _INEXACT:
        raise TypeError("grad requires real-valued outputs (output dtype that is a sub-dtype of np.floating), "
                        f"but got {name}. For differentiation of functions with integer outputs, use jax.vjp "
                        "directly.")


def _ensure_index(argnums):
    if isinstance(argnums, int):
        return argnums
    return tuple(int(i) for i in argnums)


def value_and_grad(fun, argnums=0, has_aux=False, holomorphic=False, allow_int=False, reduce_axes=()):
    if reduce_axes:
        raise NotImplementedError("reduce_axes argument to grad is deprecated")
    if holomorphic:
        raise NotImplementedError("Traceur does not support holomorphic differentiation yet.")
    _check_callable(fun)
    argnums = _ensure_index(argnums)
    name, transforms = _call_log.fun_name(fun), _call_log.transforms_of("value_and_grad", fun)

    @functools.wraps(fun)
    def value_and_grad_f(*args, **kwargs):
        if _call_log.enabled:
            return _call_log.observe(value_and_grad_f, name, transforms, args, kwargs)
        max_argnum = argnums if isinstance(argnums, int) else max(argnums)
        if max_argnum >= len(args):
            raise TypeError(f"differentiating with respect to argnums={argnums} requires at least "
                            f"{max_argnum + 1} positional arguments to be passed by the caller, but got only "
                            f"{len(args)} positional arguments.")
        nums = (argnums,) if isinstance(argnums, int) else argnums
        dyn_args = tuple(args[i] for i in nums)

        def f_partial(*dyn):
            full = list(args)
            for i, v in zip(nums, dyn):
                full[i] = v
            return fun(*full, **kwargs)

        for leaf in tree_util.tree_leaves(dyn_args):
            _check_input_dtype_grad(allow_int, leaf)
        if has_aux:
            ans, vjp_py, aux = vjp(f_partial, *dyn_args, has_aux=True)
        else:
            ans, vjp_py = vjp(f_partial, *dyn_args)
        _check_scalar(ans)
        tree_util.tree_map(_check_output_dtype_grad, ans)
        g = vjp_py(wrap(_js(_E.adOneLike, lift(ans))))
        g = g[0] if isinstance(argnums, int) else g
        return ((ans, aux) if has_aux else ans), g

    value_and_grad_f._traceur_transforms = transforms  # after functools.wraps copied fun's
    return value_and_grad_f


def grad(fun, argnums=0, has_aux=False, holomorphic=False, allow_int=False, reduce_axes=()):
    if reduce_axes:
        raise NotImplementedError("reduce_axes argument to grad is deprecated")
    value_and_grad_f = value_and_grad(fun, argnums, has_aux=has_aux, holomorphic=holomorphic,
                                      allow_int=allow_int)
    name, transforms = _call_log.fun_name(fun), _call_log.transforms_of("grad", fun)

    @functools.wraps(fun)
    def grad_f(*args, **kwargs):
        if _call_log.enabled:
            return _call_log.observe(grad_f, name, transforms, args, kwargs)
        _, g = value_and_grad_f(*args, **kwargs)
        return g

    @functools.wraps(fun)
    def grad_f_aux(*args, **kwargs):
        if _call_log.enabled:
            return _call_log.observe(grad_f_aux, name, transforms, args, kwargs)
        (_, aux), g = value_and_grad_f(*args, **kwargs)
        return g, aux

    grad_f._traceur_transforms = grad_f_aux._traceur_transforms = transforms
    return grad_f_aux if has_aux else grad_f


def jvp(fun, primals, tangents, has_aux=False):
    _check_callable(fun)
    if not isinstance(primals, (tuple, list)) or not isinstance(tangents, (tuple, list)):
        raise TypeError("primal and tangent arguments to jax.jvp must be tuples or lists; found "
                        f"{type(primals).__name__} and {type(tangents).__name__}.")
    ps, p_tree = tree_util.tree_flatten(primals)
    ts, t_tree = tree_util.tree_flatten(tangents)
    if p_tree != t_tree:
        raise TypeError("primal and tangent arguments to jax.jvp must have the same tree structure; primals "
                        f"have tree structure {p_tree} whereas tangents have tree structure {t_tree}.")
    for p, t in zip(ps, ts):
        pd, td = _dtype_name(p), _dtype_name(t)
        if pd in _INEXACT and pd != td:
            raise TypeError("primal and tangent arguments to jax.jvp do not match; dtypes must be equal, or in "
                            "case of int/bool primal dtype the tangent dtype must be float0.Got primal dtype "
                            f"{pd} and so expected tangent dtype {pd}, but got tangent dtype {td} instead.")
        if _shape(p) != _shape(t):
            raise ValueError("jvp called with different primal and tangent shapes;Got primal shape "
                             f"{_shape(p)} and tangent shape as {_shape(t)}")
    session = _js(_E.adJvpBegin, _values(ps), _values(ts))
    out_leaves, out_tree, aux_leaves, aux_tree = _run(session, fun, p_tree, has_aux)
    try:
        primals_out, tangents_out, aux, p_src, t_src = session.finish(
            _values(out_leaves + _aux_arrays(aux_leaves)), len(_aux_arrays(aux_leaves)))
    except JsException as e:
        session.abort()
        raise python_error(e) from None
    # Values that pass through unchanged come back as the objects given (a Python float stays one).
    p_leaves = [x if isinstance(x, (bool, int, float)) else ps[i] if i >= 0 else wrap(v)
                for x, v, i in zip(out_leaves, primals_out, p_src)]
    t_leaves = [ts[i] if i >= 0 else wrap(v) for v, i in zip(tangents_out, t_src)]
    for x in p_leaves:
        if _dtype_name(x) not in _INEXACT:
            # JAX gives such outputs float0 tangents, an array type Traceur does not have.
            raise NotImplementedError("Traceur does not support float0 tangents (jax.jvp of a function with "
                                      f"{_dtype_name(x)} outputs) yet.")
    p_out = tree_util.tree_unflatten(out_tree, p_leaves)
    t_out = tree_util.tree_unflatten(out_tree, t_leaves)
    if has_aux:
        return p_out, t_out, _aux_tree(aux_tree, aux_leaves, aux)
    return p_out, t_out


def linearize(fun, *primals, has_aux=False):
    _check_callable(fun)
    flat, in_tree = tree_util.tree_flatten(primals)
    session = _js(_E.adLinearizeBegin, _values(flat))
    out_leaves, out_tree, aux_leaves, aux_tree = _run(session, fun, in_tree, has_aux)
    try:
        lin = session.finish(_values(out_leaves + _aux_arrays(aux_leaves)), len(_aux_arrays(aux_leaves)))
    except JsException as e:
        session.abort()
        raise python_error(e) from None
    out = tree_util.tree_unflatten(out_tree, [wrap(v) for v in lin.primalsOut])

    def f_jvp(*tangents):
        ts, t_tree = tree_util.tree_flatten(tangents)
        if t_tree != in_tree:
            raise TypeError(f"expected {in_tree}, got {t_tree}")
        outs = _js(lin.pushforward, _values(ts))
        return tree_util.tree_unflatten(out_tree, [wrap(v) for v in outs])

    if has_aux:
        return out, f_jvp, _aux_tree(aux_tree, aux_leaves, lin.aux)
    return out, f_jvp
