"""jax.jacfwd, jax.jacrev and jax.hessian, built as jax/_src/api.py builds them: vmap of jvp over a standard
basis of the inputs, or vmap of a vjp's pullback over a standard basis of the outputs."""
import functools
import math

from ._ad import _check_callable, _dtype_name, _ensure_index, _shape, jvp, vjp
from ._core import Array
from . import _call_log, tree_util

_FLOATING = ("float16", "bfloat16", "float32", "float64")


def _argnums_partial(fun, argnums, args, kwargs):
    nums = (argnums,) if isinstance(argnums, int) else argnums
    max_argnum = max(nums)
    if max_argnum >= len(args):
        raise TypeError(f"differentiating with respect to argnums={argnums} requires at least {max_argnum + 1} "
                        f"positional arguments to be passed by the caller, but got only {len(args)} positional "
                        "arguments.")
    dyn_args = tuple(args[i] for i in nums)

    def f_partial(*dyn):
        full = list(args)
        for i, v in zip(nums, dyn):
            full[i] = v
        return fun(*full, **kwargs)
    return f_partial, dyn_args


def _check_input_dtype_jacfwd(x):
    name = _dtype_name(x)
    if name not in _FLOATING:
        raise TypeError("jacfwd requires real-valued inputs (input dtype that is a sub-dtype of np.floating), "
                        f"but got {name}. For holomorphic differentiation, pass holomorphic=True. For "
                        "differentiation of non-holomorphic functions involving complex inputs or integer "
                        "inputs, use jax.jvp directly.")


def _check_input_dtype_jacrev(x):
    name = _dtype_name(x)
    if name not in _FLOATING and not name.startswith("complex"):
        raise TypeError("jacrev requires real- or complex-valued inputs (input dtype that is a sub-dtype of "
                        f"np.inexact), but got {name}. If you want to use Boolean- or integer-valued inputs, "
                        "use vjp or set allow_int to True.")


def _check_output_dtype_jacrev(x):
    name = _dtype_name(x)
    if name not in _FLOATING:
        raise TypeError("jacrev requires real-valued outputs (output dtype that is a sub-dtype of np.floating), "
                        f"but got {name}. For holomorphic differentiation, pass holomorphic=True. For "
                        "differentiation of non-holomorphic functions involving complex outputs, use jax.vjp "
                        "directly.")


def _size(x):
    return math.prod(_shape(x))


def _std_basis(pytree):
    import jax.numpy as jnp
    leaves, _ = tree_util.tree_flatten(pytree)
    ndim = sum(_size(x) for x in leaves)
    dtype = jnp.result_type(*leaves)
    # JAX's sharding spec for the basis never equals the pieces' own, so each piece is converted, even to itself.
    return _unravel_array_into_pytree(pytree, 1, None, jnp.eye(ndim, dtype=dtype), always_convert=True)


def _possible_downcast(x, example, always_convert):
    from .lax import _convert_element_type
    weak = isinstance(example, (bool, int, float)) or (isinstance(example, Array) and example.weak_type)
    return _convert_element_type(x, _dtype_name(example), weak, always_convert)


def _unravel_array_into_pytree(pytree, axis, example, arr, always_convert=False):
    """`api._unravel_array_into_pytree`: split `arr` along `axis` into one piece per leaf of `pytree`."""
    import jax.numpy as jnp
    leaves, treedef = tree_util.tree_flatten(pytree)
    axis = axis % arr.ndim
    shapes = [arr.shape[:axis] + _shape(leaf) + arr.shape[axis + 1:] for leaf in leaves]
    sizes = [_size(leaf) for leaf in leaves[:-1]]
    indices = [sum(sizes[:i + 1]) for i in range(len(sizes))]
    parts = jnp.split(arr, indices, axis)
    reshaped = [_possible_downcast(jnp.reshape(x, shape), leaf if example is None else example, always_convert)
                for x, shape, leaf in zip(parts, shapes, leaves)]
    return tree_util.tree_unflatten(treedef, reshaped)


def jacfwd(fun, argnums=0, has_aux=False, holomorphic=False):
    from ._vmap import vmap
    _check_callable(fun)
    if holomorphic:
        raise NotImplementedError("Traceur does not support holomorphic differentiation yet.")
    argnums = _ensure_index(argnums)

    name, transforms = _call_log.fun_name(fun), _call_log.transforms_of("jacfwd", fun)

    @functools.wraps(fun)
    def jacfun(*args, **kwargs):
        if _call_log.enabled:
            return _call_log.observe(jacfun, name, transforms, args, kwargs)
        f_partial, dyn_args = _argnums_partial(fun, argnums, args, kwargs)
        tree_util.tree_map(_check_input_dtype_jacfwd, dyn_args)

        def pushfwd(*tangents):
            return jvp(f_partial, dyn_args, tangents, has_aux=has_aux)
        basis = _std_basis(dyn_args)
        if has_aux:
            y, jac, aux = vmap(pushfwd, out_axes=(None, -1, None))(*basis)
        else:
            y, jac = vmap(pushfwd, out_axes=(None, -1))(*basis)
            aux = None
        example_args = dyn_args[0] if isinstance(argnums, int) else dyn_args
        jac_tree = tree_util.tree_map(lambda y_leaf, j: _unravel_array_into_pytree(example_args, -1, y_leaf, j),
                                      y, jac)
        return (jac_tree, aux) if has_aux else jac_tree

    jacfun._traceur_transforms = transforms
    return jacfun


def jacrev(fun, argnums=0, has_aux=False, holomorphic=False, allow_int=False):
    from ._vmap import vmap
    _check_callable(fun)
    if holomorphic:
        raise NotImplementedError("Traceur does not support holomorphic differentiation yet.")
    argnums = _ensure_index(argnums)

    name, transforms = _call_log.fun_name(fun), _call_log.transforms_of("jacrev", fun)

    @functools.wraps(fun)
    def jacfun(*args, **kwargs):
        if _call_log.enabled:
            return _call_log.observe(jacfun, name, transforms, args, kwargs)
        f_partial, dyn_args = _argnums_partial(fun, argnums, args, kwargs)
        tree_util.tree_map(_check_input_dtype_jacrev, dyn_args)
        if has_aux:
            y, pullback, aux = vjp(f_partial, *dyn_args, has_aux=True)
        else:
            y, pullback = vjp(f_partial, *dyn_args)
        tree_util.tree_map(_check_output_dtype_jacrev, y)
        jac = vmap(pullback)(_std_basis(y))
        jac = jac[0] if isinstance(argnums, int) else jac
        example_args = dyn_args[0] if isinstance(argnums, int) else dyn_args
        jac_tree = tree_util.tree_map(lambda x_leaf, j: _unravel_array_into_pytree(y, 0, x_leaf, j),
                                      example_args, jac)
        jac_tree = tree_util.tree_transpose(tree_util.tree_structure(example_args), tree_util.tree_structure(y),
                                            jac_tree)
        return (jac_tree, aux) if has_aux else jac_tree

    jacfun._traceur_transforms = transforms
    return jacfun


jacobian = jacrev


def hessian(fun, argnums=0, has_aux=False, holomorphic=False):
    return jacfwd(jacrev(fun, argnums, has_aux=has_aux, holomorphic=holomorphic), argnums, has_aux=has_aux,
                  holomorphic=holomorphic)
