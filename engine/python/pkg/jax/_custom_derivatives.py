"""jax.custom_jvp and jax.custom_vjp (jax/_src/custom_derivatives.py): the function is traced into a call_jaxpr
and bound as `custom_jvp_call` / `custom_vjp_call`; the engine calls the Python rules back when differentiating."""
import functools

from pyodide.ffi import JsException, create_proxy, to_js

from ._core import lift, python_error, wrap
from ._tracing import trace
from . import tree_util
import _traceur as _E


def _name(f):
    return getattr(f, "__name__", "<unnamed function>")


def _values(leaves):
    return [lift(x) for x in leaves]


def _check_no_nondiff(kind, nondiff_argnums):
    if nondiff_argnums:
        raise NotImplementedError(f"Traceur does not support {kind} with nondiff_argnums yet.")


class custom_jvp:
    """Set up a JAX-transformable function for a custom JVP rule definition."""

    def __init__(self, fun, nondiff_argnums=()):
        _check_no_nondiff("custom_jvp", nondiff_argnums)
        functools.update_wrapper(self, fun)
        self.fun = fun
        self.jvp = None

    def defjvp(self, jvp, symbolic_zeros=False):
        if symbolic_zeros:
            raise NotImplementedError("Traceur does not support custom_jvp with symbolic_zeros=True yet.")
        self.jvp = jvp
        return jvp

    def defjvps(self, *jvps):
        def jvp(primals, tangents):
            primal_out = self(*primals)
            terms = [rule(t, primal_out, *primals) for t, rule in zip(tangents, jvps) if rule is not None]
            tangent_out = terms[0]
            for term in terms[1:]:
                tangent_out = tree_util.tree_map(lambda a, b: a + b, tangent_out, term)
            return primal_out, tangent_out
        self.defjvp(jvp)

    def __call__(self, *args, **kwargs):
        if self.jvp is None:
            raise AttributeError(f"No JVP defined for custom_jvp function {_name(self.fun)} using defjvp.")
        if kwargs:
            raise NotImplementedError("Traceur does not support keyword arguments to custom_jvp functions yet.")
        if _E.isEvalTrace():
            return self.fun(*args)
        flat, in_tree = tree_util.tree_flatten(args)
        jaxpr, out_tree = trace(self.fun, args, {})

        def rule(primals, tangents):
            ps = tree_util.tree_unflatten(in_tree, [wrap(p) for p in primals])
            ts = tree_util.tree_unflatten(in_tree, [wrap(t) for t in tangents])
            out = self.jvp(ps, ts)
            if not isinstance(out, (tuple, list)) or len(out) != 2:
                raise TypeError("Custom JVP rule must produce a pair (list or tuple of length two) representing "
                                f"primal and tangent outputs, but got {out}.")
            p_out, t_out = out
            p_flat, p_tree = tree_util.tree_flatten(p_out)
            t_flat, t_tree = tree_util.tree_flatten(t_out)
            if p_tree != out_tree or t_tree != out_tree:
                raise TypeError("Custom JVP rule must produce primal and tangent outputs with equal container "
                                f"(pytree) structures, but got {p_tree} and {t_tree} respectively.")
            return _E.keep(to_js([_values(p_flat), _values(t_flat)]))

        try:
            outs = _E.customJvpCall(_name(self.fun), _name(self.jvp), jaxpr, to_js(_values(flat)), create_proxy(rule))
        except JsException as e:
            raise python_error(e) from None
        return tree_util.tree_unflatten(out_tree, [wrap(o) for o in outs])


class custom_vjp:
    """Set up a JAX-transformable function for a custom VJP rule definition."""

    def __init__(self, fun, nondiff_argnums=()):
        _check_no_nondiff("custom_vjp", nondiff_argnums)
        functools.update_wrapper(self, fun)
        self.fun = fun
        self.fwd = None
        self.bwd = None

    def defvjp(self, fwd, bwd, symbolic_zeros=False, optimize_remat=False):
        if symbolic_zeros:
            raise NotImplementedError("Traceur does not support custom_vjp with symbolic_zeros=True yet.")
        self.fwd = fwd
        self.bwd = bwd

    def __call__(self, *args, **kwargs):
        if self.fwd is None:
            raise AttributeError(f"No VJP defined for custom_vjp function {_name(self.fun)} using defvjp.")
        if kwargs:
            raise NotImplementedError("Traceur does not support keyword arguments to custom_vjp functions yet.")
        if _E.isEvalTrace():
            return self.fun(*args)
        flat, in_tree = tree_util.tree_flatten(args)
        jaxpr, out_tree = trace(self.fun, args, {})
        res_tree = []

        def fwd(primals):
            ps = tree_util.tree_unflatten(in_tree, [wrap(p) for p in primals])
            out = self.fwd(*ps)
            if not isinstance(out, (tuple, list)) or len(out) != 2:
                raise TypeError(f"Custom VJP fwd rule {_name(self.fwd)} for function {_name(self.fun)} must produce "
                                f"a pair (list or tuple of length two) where the first element represents the primal "
                                f"output and the second element represents residuals, but got {out}.")
            p_out, res = out
            p_flat, _ = tree_util.tree_flatten(p_out)
            r_flat, r_tree = tree_util.tree_flatten(res)
            res_tree[:] = [r_tree]
            return _E.keep(to_js([_values(p_flat), [lift(r) for r in r_flat]]))

        def bwd(residuals, cts):
            r_tree, = res_tree
            res = tree_util.tree_unflatten(r_tree, [wrap(r) for r in residuals])
            ct = tree_util.tree_unflatten(out_tree, [wrap(c) for c in cts])
            in_cts = self.bwd(res, ct)
            if not isinstance(in_cts, (tuple, list)) or len(in_cts) != len(args):
                raise TypeError(f"Custom VJP bwd rule must produce an output with the same container (pytree) "
                                f"structure as the args tuple of the primal function, but got {in_cts}.")
            flat_cts = []
            for arg, ct_arg in zip(args, in_cts):
                n = len(tree_util.tree_leaves(arg))
                leaves = [None] * n if ct_arg is None else tree_util.tree_leaves(ct_arg)
                flat_cts += [None if c is None else lift(c) for c in leaves]
            return _E.keep(to_js([flat_cts]))

        try:
            outs = _E.customVjpCall(_name(self.fun), _name(self.fwd), _name(self.bwd), jaxpr, to_js(_values(flat)),
                                    create_proxy(fwd), create_proxy(bwd))
        except JsException as e:
            raise python_error(e) from None
        return tree_util.tree_unflatten(out_tree, [wrap(o) for o in outs])
