import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(24.0).reshape(2, 3, 4)
f = jax.vmap(jax.vmap(lambda x: x.sum(), in_axes=1), in_axes=2)
print(repr(f(a)))
print(jax.make_jaxpr(f)(a))
g = jax.vmap(jax.vmap(lambda x, y: x * y, in_axes=(0, None)), in_axes=(None, 1))
print(jax.make_jaxpr(g)(jnp.ones(3), jnp.ones((2, 5))))
