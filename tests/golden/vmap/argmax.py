import jax
import jax.numpy as jnp
from jax import lax

a = jnp.array([[1.0, 5.0, 2.0], [7.0, 0.0, 3.0]])
print(repr(jax.vmap(jnp.argmax)(a)))
print(repr(jax.vmap(jnp.argmin, in_axes=1)(a)))
print(jax.make_jaxpr(jax.vmap(jnp.argmax))(a))
print(jax.make_jaxpr(jax.vmap(lambda x: jnp.argmin(x, axis=0), in_axes=1))(a))
