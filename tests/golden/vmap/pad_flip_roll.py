import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6.0).reshape(2, 3)
print(repr(jax.vmap(lambda x: jnp.pad(x, (1, 2)))(a)))
print(jax.make_jaxpr(jax.vmap(lambda x: jnp.pad(x, (1, 2))))(a))
print(repr(jax.vmap(jnp.flip)(a)))
print(jax.make_jaxpr(jax.vmap(jnp.flip, in_axes=1))(a))
print(repr(jax.vmap(lambda x: jnp.roll(x, 1))(a)))
