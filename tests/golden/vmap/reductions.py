import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(24.0).reshape(2, 3, 4)
for f in [jnp.sum, jnp.max, jnp.min, jnp.prod, jnp.mean]:
    print(repr(jax.vmap(f)(a)))
print(jax.make_jaxpr(jax.vmap(lambda x: jnp.sum(x, axis=1)))(a))
print(jax.make_jaxpr(jax.vmap(lambda x: jnp.max(x, axis=0, keepdims=True)))(a))
print(jax.make_jaxpr(jax.vmap(jnp.mean, in_axes=2))(a))
