import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6.0).reshape(2, 3)
c = jnp.array([1.0, 2.0, 3.0])
print(jax.make_jaxpr(jax.vmap(lambda x: c * 2.0))(a))
print(repr(jax.vmap(lambda x: c * 2.0, out_axes=1)(a)))
print(jax.make_jaxpr(jax.vmap(lambda x, y: (x, y), in_axes=(0, None)))(a, c))
