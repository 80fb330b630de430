# Boolean masks on concrete arrays: the result's shape depends on the data.
import jax
import jax.numpy as jnp

x = jnp.arange(10.0)
m = jnp.array([[0, 1, 2], [3, 4, 5]])
print(repr(x[x > 5]))
print(repr(x[x > 100]))
print(repr(m[m % 2 == 0]))
print(repr(m[jnp.array([True, False])]))
print(repr(m[:, jnp.array([False, True, True])]))
print(repr(m[(jnp.array([True, True]), 1)]))
mask = x > 6
print(jax.make_jaxpr(lambda x: x[mask])(x))
