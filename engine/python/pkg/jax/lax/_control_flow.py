"""jax.lax control flow: cond, switch, while_loop, fori_loop, scan, map (jax/_src/lax/control_flow).

This side traces the branches and bodies into jaxprs and checks their pytrees and types with JAX's errors;
the engine (`_traceur.control`) merges their consts and binds the `cond`, `while` and `scan` primitives."""
import weakref
from collections.abc import Sequence

from pyodide.ffi import JsException, to_js

from .._core import Array, lift, python_error, wrap
from .._tracing import aval_spec, arg_names, trace_specs
from .. import tree_util
from ._control_flow_checks import OutType, as_carry_types, check_branch_outputs, check_carry_type, types_of
import _traceur as _E

_no_operand_sentinel = object()


def _engine(fn, *args):
    try:
        return fn(*args)
    except JsException as e:
        raise python_error(e) from None


# Traced jaxprs per function and argument types: as JAX's `trace_to_jaxpr` cache, a function traced twice
# with the same types gives the same jaxpr object (printed once, as a `let`).
_TRACES = weakref.WeakKeyDictionary()


def _trace(fun, args, specs, traced_for, names=None):
    """Trace fun(*args) on tracers of `specs` (one per leaf of args) for `traced_for` ("cond", "scan"...);
    returns (jaxpr, out tree). `names` are the flat argument names errors use (by default, fun's own)."""
    in_tree = tree_util.tree_structure((tuple(args), {}))
    key = (in_tree, tuple((tuple(s), d, bool(w)) for s, d, w in specs), traced_for)
    try:
        cache = _TRACES.setdefault(fun, {})
    except TypeError:
        cache = {}
    hit = cache.get(key)
    if hit is None:
        if names is None:
            names = arg_names(fun, tuple(args), {})
        hit = cache[key] = trace_specs(fun, to_js(specs), in_tree, names, traced_for)
    return hit


def _cached_wrapper(cache, fun, make):
    """The wrapper `make(fun)`, one per function (`weakref_lru_cache` in JAX), so its traces are cached too."""
    try:
        w = cache.get(fun)
    except TypeError:
        return make(fun)
    if w is None:
        w = cache[fun] = make(fun)
    return w


def _spec(h):
    shape, dt, weak, _ = _E.info(h)
    return [list(shape), dt, bool(weak)]


def _out_types(jaxpr):
    return [OutType(t) for t in _engine(_E.control.outTypes, jaxpr)]


def _concrete(x, context):
    """`core.concrete_or_error`: x's Python value, or JAX's ConcretizationTypeError saying why it is needed."""
    return _engine(_E.toPy, x._h, context)


def _shape(x):
    if isinstance(x, (list, tuple)):
        return (len(x),) + (_shape(x[0]) if x else ())
    shape = getattr(x, "shape", None)
    return tuple(shape) if shape is not None else ()


def _dtype_kind(x):
    """`dtypes.result_type(x).kind`; TypeError for what is not an array or a number."""
    if isinstance(x, bool):
        return "b"
    if isinstance(x, int):
        return "i"
    if isinstance(x, float):
        return "f"
    if isinstance(x, complex):
        return "c"
    if isinstance(x, Array):
        return x.dtype.kind
    dt = getattr(x, "dtype", None)
    if dt is not None:
        from .._dtypes import dtype
        return dtype(dt).kind
    raise TypeError(f"Cannot determine dtype of {x}")


def _dtype_name(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int32"
    if isinstance(x, float):
        return "float32"
    from .._dtypes import dtype
    return dtype(x.dtype).name


def _cond_branches(api_name, names, funs, operands):
    """Trace each branch on the operands' types; check them against the first; bind `cond`."""
    flat, _ = tree_util.tree_flatten(operands)
    specs = [aval_spec(x) for x in flat]
    traced = [_trace(f, operands, specs, api_name) for f in funs]
    types = [_out_types(j) for j, _ in traced]
    for i in range(1, len(funs)):
        check_branch_outputs(api_name, names[0], names[i], funs[0], funs[i], traced[0][1], types[0],
                              traced[i][1], types[i])
    return [j for j, _ in traced], traced[0][1], [lift(x) for x in flat]


def cond(pred, true_fun, false_fun, *operands, operand=_no_operand_sentinel):
    if not (callable(true_fun) and callable(false_fun)):
        # The old calling convention: cond(pred, x_true, f_true, x_false, f_false).
        if callable(false_fun) and len(operands) == 2 and callable(operands[1]):
            x_true, f_true, x_false, f_false = true_fun, false_fun, *operands
            return cond(pred, lambda x, _: f_true(x), lambda _, x: f_false(x), x_true, x_false)
        raise TypeError("lax.cond: true_fun and false_fun arguments should be callable.")
    if operand is not _no_operand_sentinel:
        if operands:
            raise TypeError("if 'operand' keyword is passed then no positional "
                            f"operands can be passed, got {operand=} "
                            f"and positional operands {operands}")
        operands = (operand,)
    if pred is None:
        raise TypeError("cond predicate is None")
    if isinstance(pred, Sequence) or len(_shape(pred)) != 0:
        raise TypeError(f"Pred must be a scalar, got {pred} of " +
                        (f"type {type(pred)}" if isinstance(pred, Sequence) else f"shape {_shape(pred)}."))
    try:
        kind = _dtype_kind(pred)
    except TypeError:
        raise TypeError(f"Pred type must be either boolean or number, got {pred}.") from None
    if kind != "b":
        if kind in "iuf":
            pred = pred != 0
        else:
            raise TypeError(f"Pred type must be either boolean or number, got {_dtype_name(pred)}.")
    # JAX traces true_fun first; the `cond` equation lists the false branch first (index 0).
    (true_j, false_j), out_tree, args = _cond_branches("cond", ["true_fun", "false_fun"],
                                                       [true_fun, false_fun], operands)
    index = _engine(_E.control.condIndex, lift(pred))
    outs = _engine(_E.control.bindCond, index, to_js([true_j, false_j]), to_js(args), to_js([1, 0]))
    return tree_util.tree_unflatten(out_tree, [wrap(o) for o in outs])


def switch(index, branches, *operands, operand=_no_operand_sentinel):
    if not all(callable(branch) for branch in branches):
        raise TypeError("lax.switch: branches argument should be a sequence of callables.")
    if operand is not _no_operand_sentinel:
        if operands:
            raise TypeError("if 'operand' keyword is passed then no positional "
                            f"operands can be passed, got {operand=} "
                            f"and positional operands {operands}")
        operands = (operand,)
    if len(_shape(index)) != 0:
        raise TypeError(f"Branch index must be scalar, got {index} of shape {_shape(index)}.")
    try:
        kind = _dtype_kind(index)
    except TypeError:
        raise TypeError(f"Index type must be an integer, got {index}.") from None
    if kind not in "iu":
        raise TypeError(f"Index type must be an integer, got {index} as {_dtype_name(index)}")
    branches = tuple(branches)
    if len(branches) == 0:
        raise ValueError("Empty branch sequence")
    if len(branches) == 1:
        return branches[0](*operands)
    idx = _engine(_E.control.switchIndex, lift(index), len(branches))
    names = ["branch 0"] + [f"branch{i}" for i in range(1, len(branches))]
    jaxprs, out_tree, args = _cond_branches("switch", names, branches, operands)
    outs = _engine(_E.control.bindCond, idx, to_js(jaxprs), to_js(args), to_js(list(range(len(jaxprs)))))
    return tree_util.tree_unflatten(out_tree, [wrap(o) for o in outs])


# ---- while_loop and fori_loop ----

def while_loop(cond_fun, body_fun, init_val):
    if not (callable(body_fun) and callable(cond_fun)):
        raise TypeError("lax.while_loop: body_fun and cond_fun arguments should be callable.")
    return _while_loop(cond_fun, body_fun, init_val)


def _while_loop(cond_fun, body_fun, init_val, traced_for=("while_cond", "while_body"), names=None):
    flat, in_tree = tree_util.tree_flatten(init_val)
    values = [lift(x) for x in flat]

    def create(values):
        specs = [_spec(h) for h in values]
        args = (tree_util.tree_unflatten(in_tree, flat),)
        cond_j, cond_tree = _trace(cond_fun, args, specs, traced_for[0], names)
        body_j, body_tree = _trace(body_fun, args, specs, traced_for[1], names)
        cond_types = _out_types(cond_j)
        if cond_tree.kind != "leaf" or len(cond_types) != 1:
            raise TypeError(f"cond_fun must return a boolean scalar, but got pytree {cond_tree}.")
        pred = cond_types[0]
        if pred.shape != () or pred.dtype != "bool":
            raise TypeError(f"cond_fun must return a boolean scalar, but got output type(s) {cond_types}.")
        return cond_j, body_j, body_tree

    cond_j, body_j, body_tree = create(values)
    in_types = types_of(values)
    body_types = as_carry_types(_out_types(body_j))
    if len(body_types) != len(values):
        check_carry_type("while_loop body", body_fun, in_tree, in_types, body_tree, body_types)
    values, changed = _engine(_E.control.promoteWeakCarry, to_js(values), body_j)
    values, changed = list(values), list(changed)
    if any(changed):
        cond_j, body_j, body_tree = create(values)
        in_types = types_of(values)
        body_types = as_carry_types(_out_types(body_j))
    check_carry_type("while_loop body", body_fun, in_tree, in_types, body_tree, body_types)
    outs = _loop_outputs(_engine(_E.control.bindWhile, cond_j, body_j, to_js(values)), flat, changed)
    return tree_util.tree_unflatten(body_tree, outs)


def _loop_outputs(result, init_flat, changed):
    """The loop's outputs as Python values: a carry passed through unchanged is the initial value itself."""
    outs, passed = result
    return [init_flat[i] if i < len(passed) and passed[i] and not changed[i] else wrap(o)
            for i, o in enumerate(outs)]


def _bound_dtype(x):
    from .._dtypes import dtype
    if isinstance(x, (bool, int)) and not isinstance(x, Array):
        return dtype("bool" if isinstance(x, bool) else "int32")
    if isinstance(x, float):
        return dtype("float32")
    return dtype(x.dtype)


def _is_weak(x):
    if isinstance(x, (bool, int, float)):
        return not isinstance(x, bool)
    return bool(getattr(x, "weak_type", False))


def _is_concrete(x):
    if isinstance(x, Array):
        return not _E.info(x._h)[3]
    return True


def fori_loop(lower, upper, body_fun, init_val, *, unroll=None):
    if not callable(body_fun):
        raise TypeError("lax.fori_loop: body_fun argument should be callable.")
    lower_dtype, upper_dtype = _bound_dtype(lower), _bound_dtype(upper)
    if lower_dtype == upper_dtype:
        dt = lower_dtype
    else:
        # Weak integers (Python scalars) take the other bound's integer type.
        dt = None
        if lower_dtype.kind == "i" and upper_dtype.kind == "i":
            if _is_weak(lower) and not _is_weak(upper):
                dt = upper_dtype
            elif not _is_weak(lower) and _is_weak(upper):
                dt = lower_dtype
        if dt is None:
            raise TypeError("lower and upper arguments to fori_loop must have equal "
                            f"types, got {lower_dtype.name} and {upper_dtype.name}")
    # Errors name the arguments of body_fun, as JAX's debug info for the loop's body does.
    names = arg_names(body_fun, (0, init_val), {})
    use_scan = False
    if _is_concrete(lower) and _is_concrete(upper):
        try:
            lower_, upper_ = int(lower), int(upper)
            use_scan = True
        except TypeError:
            pass
    if use_scan:
        # A static trip count: a scan, which reverse-mode autodiff supports.
        scanned_fun = _cached_wrapper(_FORI_SCAN_BODIES, body_fun, _fori_scan_body_fun)
        (_, result), _ = _scan(scanned_fun, (lower_, init_val), None, max(upper_ - lower_, 0), False,
                               False if unroll is None else unroll, "fori_loop", names)
        return result
    if unroll is not None and unroll is not False and unroll != 1:
        raise ValueError("Can only use `unroll` in `fori_loop` if the loop bounds are statically known.")
    from . import convert_element_type
    if lower_dtype != dt:
        lower = convert_element_type(lower, dt)
    if upper_dtype != dt:
        upper = convert_element_type(upper, dt)

    while_body_fun = _cached_wrapper(_FORI_WHILE_BODIES, body_fun, _fori_body_fun)
    _, _, result = _while_loop(_fori_cond_fun, while_body_fun, (lower, upper, init_val),
                               ("while_cond", "fori_loop"), [names[0], "", *names[1:]])
    return result


_FORI_SCAN_BODIES = weakref.WeakKeyDictionary()
_FORI_WHILE_BODIES = weakref.WeakKeyDictionary()


def _fori_scan_body_fun(body_fun):
    def scanned_fun(loop_carry, _):
        i, x = loop_carry
        return (i + 1, body_fun(i, x)), None
    _copy_identity(scanned_fun, body_fun)
    return scanned_fun


def _fori_body_fun(body_fun):
    from . import add

    def while_body_fun(loop_carry):
        i, upper, x = loop_carry
        one = wrap(_engine(_E.control.constLike, lift(i), 1))
        return add(i, one), upper, body_fun(i, x)
    _copy_identity(while_body_fun, body_fun)
    return while_body_fun


def _fori_cond_fun(loop_carry):
    from . import lt
    i, upper, _ = loop_carry
    return lt(i, upper)


def _copy_identity(wrapper, fun):
    """Errors raised while tracing a wrapper name the user's function, as JAX's debug info does."""
    wrapper.__name__ = getattr(fun, "__name__", wrapper.__name__)
    code = getattr(fun, "__code__", None)
    if code is not None:
        wrapper.__code__ = wrapper.__code__.replace(co_filename=code.co_filename, co_firstlineno=code.co_firstlineno)


# ---- scan and map ----

def _scan_length(xs_flat, length):
    """`_infer_scan_length`."""
    lengths = []
    for x in xs_flat:
        shape = _shape(x) if not isinstance(x, (bool, int, float, complex)) else None
        if not shape:
            raise ValueError(f"scan got value with no leading axis to scan over: "
                             f"{', '.join(str(v) for v in xs_flat if not _shape(v))}.")
        lengths.append(shape[0])
    if length is not None:
        if isinstance(length, Array):
            length = _concrete(length, "The `length` argument to `scan` expects a concrete `int` value. For "
                               "scan-like iteration with a dynamic length, use `while_loop` or `fori_loop`.")
        length = int(length)
        if not all(length == n for n in lengths):
            raise ValueError(f"scan got `length` argument of {length} which disagrees with leading axis sizes "
                             f"{lengths}.")
        return length
    unique = set(lengths)
    if len(unique) > 1:
        raise ValueError(f"scan got values with different leading axis sizes: {', '.join(str(n) for n in lengths)}.")
    if not unique:
        raise ValueError("scan got no values to scan over and `length` not provided.")
    return lengths[0]


def scan(f, init, xs=None, length=None, reverse=False, unroll=1, _split_transpose=False):
    if not callable(f):
        raise TypeError("lax.scan: f argument should be a callable.")
    if _split_transpose:
        raise NotImplementedError("Traceur does not support lax.scan(_split_transpose=True) yet.")
    return _scan(f, init, xs, length, reverse, unroll, "scan", None)


def _scan(f, init, xs, length, reverse, unroll, traced_for, names):
    init_flat, init_tree = tree_util.tree_flatten(init)
    xs_flat, xs_tree = tree_util.tree_flatten(xs)
    length = _scan_length(xs_flat, length)
    carry = [lift(x) for x in init_flat]
    xs_values = [lift(x) for x in xs_flat]
    x_specs = [[list(s)[1:], d, w] for s, d, w in (_spec(h) for h in xs_values)]
    x_placeholder = tree_util.tree_unflatten(xs_tree, xs_flat)
    init_placeholder = tree_util.tree_unflatten(init_tree, init_flat)

    def create(carry):
        j, out_tree = _trace(f, (init_placeholder, x_placeholder), [_spec(h) for h in carry] + x_specs,
                             traced_for, names)
        types = _out_types(j)
        if out_tree.kind not in ("tuple", "list") or len(out_tree.children()) != 2:
            shown = tree_util.tree_unflatten(out_tree, types)
            raise TypeError(f"scan body output must be a pair, got {shown!s}." if out_tree.kind == "leaf"
                            else f"scan body output must be a pair, got {shown!r}.")
        carry_tree, ys_tree = out_tree.children()
        return j, carry_tree, ys_tree, as_carry_types(types[:carry_tree.num_leaves])

    jaxpr, carry_tree, ys_tree, carry_out = create(carry)
    if len(carry_out) != len(carry):
        check_carry_type("scan body", f, init_tree, types_of(carry), carry_tree, carry_out)
    carry, changed = _engine(_E.control.promoteWeakCarry, to_js(carry), jaxpr)
    carry, changed = list(carry), list(changed)
    if any(changed):
        jaxpr, carry_tree, ys_tree, carry_out = create(carry)
    check_carry_type("scan body", f, init_tree, types_of(carry), carry_tree, carry_out)
    if isinstance(unroll, Array):
        unroll = _concrete(unroll, "The `unroll` argument to `scan` expects a concrete `int` or `bool` value.")
    if isinstance(unroll, bool):
        unroll = max(length, 1) if unroll else 1
    if not isinstance(unroll, int) and hasattr(unroll, "__index__"):
        unroll = unroll.__index__()
    if unroll < 0:
        raise ValueError("`unroll` must be a `bool` or a non-negative `int`.")
    outs = _engine(_E.control.bindScan, jaxpr, to_js(carry), to_js(xs_values), length, bool(reverse), int(unroll))
    outs = _loop_outputs(outs, init_flat, changed)
    n = len(carry)
    return (tree_util.tree_unflatten(carry_tree, outs[:n]), tree_util.tree_unflatten(ys_tree, outs[n:]))


def _batch_and_remainder(x, batch_size):
    """loops.py's `_batch_and_remainder`: the leading axis cut into `batch_size` rows per scan step, and the
    rows left over."""
    leaves, treedef = tree_util.tree_flatten(x)
    if not leaves:
        return x, None
    if batch_size == 0:
        num_batches, remainder = 0, leaves[0].shape[0]
    else:
        num_batches, remainder = divmod(leaves[0].shape[0], batch_size)
    batch_elems = num_batches * batch_size

    def scan_leaf(leaf):
        return leaf[:batch_elems].reshape(num_batches, batch_size, *leaf.shape[1:])

    if num_batches == 0:
        return None, treedef.unflatten([leaf[batch_elems:] for leaf in leaves])
    if remainder:
        pairs = [(scan_leaf(leaf), leaf[batch_elems:]) for leaf in leaves]
        return treedef.unflatten([p[0] for p in pairs]), treedef.unflatten([p[1] for p in pairs])
    return treedef.unflatten([scan_leaf(leaf) for leaf in leaves]), None


def map(f, xs, *, batch_size=None):
    if batch_size is not None:
        from .._transforms import vmap
        from . import concatenate

        scan_xs, remainder_xs = _batch_and_remainder(xs, batch_size)

        def g(_, x):
            return (), vmap(f)(x)

        if scan_xs is not None:
            _, scan_ys = scan(g, (), scan_xs)
        else:
            scan_ys = None

        def flatten(x):
            return x.reshape(-1, *x.shape[2:])

        if scan_ys is None:
            return vmap(f)(remainder_xs)
        if remainder_xs is not None:
            remainder_ys = vmap(f)(remainder_xs)
            return tree_util.tree_map(lambda x, y: concatenate([flatten(x), y], dimension=0), scan_ys, remainder_ys)
        return tree_util.tree_map(flatten, scan_ys)

    def g(_, x):
        return (), f(x)
    _copy_identity(g, f)
    _, ys = scan(g, (), xs)
    return ys
