import jax
import jax.numpy as jnp
from jax import lax

f = lambda n, x: lax.fori_loop(0, n, lambda i, v: v * x + i, 1.0)
print(jax.make_jaxpr(jax.vmap(f))(jnp.array([1, 2]), jnp.ones(2)))
print(jax.vmap(f)(jnp.array([1, 2, 4]), jnp.array([2.0, 3.0, 0.5])))
print(jax.vmap(f, in_axes=(None, 0))(3, jnp.array([2.0, 3.0])))
