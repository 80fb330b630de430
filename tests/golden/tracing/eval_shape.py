# jax.eval_shape: the shapes and dtypes of a function's results, as ShapeDtypeStructs in the same pytree,
# from arrays, Python scalars or ShapeDtypeStructs; ShapeDtypeStruct's repr, attributes and equality; and
# make_jaxpr of ShapeDtypeStruct arguments.
import jax
import jax.numpy as jnp

f = lambda x, y: {'s': x @ y, 't': (x.sum(), 2.0)}
print(jax.eval_shape(f, jnp.ones((2, 3)), jnp.ones((3, 4))))
print(jax.eval_shape(f, jax.ShapeDtypeStruct((2, 3), jnp.float32), jax.ShapeDtypeStruct((3, 4), jnp.float32)))
s = jax.ShapeDtypeStruct((2,), jnp.int32)
print(repr(s), s.shape, s.dtype, s.ndim, s.size, s == jax.ShapeDtypeStruct((2,), jnp.int32), s == jax.ShapeDtypeStruct((2,), 'float32'))
print(jax.eval_shape(lambda x: x * 2, 3))
print(jax.eval_shape(jnp.sin, 1))
print(jax.eval_shape(lambda x: jnp.ones(3, jnp.bfloat16) + x, 1.0))
print(jax.eval_shape(jax.grad(lambda x: (x**2).sum()), jnp.ones(3)))
print(jax.eval_shape(lambda: 1))
print(jax.eval_shape(jax.vmap(lambda x: x.sum()), jax.ShapeDtypeStruct((5, 3), jnp.float16)))
print(jax.make_jaxpr(lambda x: x + 1)(jax.ShapeDtypeStruct((2,), jnp.int32)))
try:
    jax.eval_shape(lambda x: x @ jnp.ones(4), jnp.ones(3))
except TypeError as e:
    print(type(e).__name__, str(e).splitlines()[0])
