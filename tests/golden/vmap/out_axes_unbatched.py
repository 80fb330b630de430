import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6.0).reshape(2, 3)
print(repr(jax.vmap(lambda x: 1.0)(a)))
print(repr(jax.vmap(lambda x: jnp.ones(2))(a)))
print(jax.make_jaxpr(jax.vmap(lambda x: (x, jnp.arange(3.0))))(a))
print(jax.make_jaxpr(jax.vmap(lambda x: jnp.zeros(2), out_axes=1))(a))
print(repr(jax.vmap(lambda x, y: y, in_axes=(0, None), out_axes=None)(a, jnp.ones(3))))
