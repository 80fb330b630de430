import jax
import jax.numpy as jnp
from jax import lax

a = jnp.array([[True, False, True], [True, True, True]])
print(repr(jax.vmap(jnp.all)(a)))
print(repr(jax.vmap(jnp.any)(a)))
print(jax.make_jaxpr(jax.vmap(jnp.any))(a))
print(jax.make_jaxpr(jax.vmap(lambda x: jnp.all(x, axis=0), in_axes=1))(a))
