# jnp.diag of a 1-D array: on the main diagonal or the k-th, for float, int and bool arrays, and its jaxpr.
import jax
import jax.numpy as jnp

print(jnp.diag(jnp.array([1.0, 2.0, 3.0])))
print(jnp.diag(jnp.arange(3), k=1))
print(jnp.diag(jnp.arange(1, 3), -2))
print(jnp.diag(jnp.array([True, False])))
print(jnp.diag(jnp.array([2.5])))
print(jax.make_jaxpr(jnp.diag)(jnp.ones(3)))
print(jax.make_jaxpr(lambda v: jnp.diag(v, 1))(jnp.ones(2, jnp.int32)))
print(jax.vmap(jnp.diag)(jnp.arange(4.0).reshape(2, 2)))
print(jax.grad(lambda v: jnp.diag(v).sum())(jnp.ones(3)))
try:
    jnp.diag(jnp.ones((2, 2, 2)))
except ValueError as e:
    print(type(e).__name__, e)
try:
    jnp.diag([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
