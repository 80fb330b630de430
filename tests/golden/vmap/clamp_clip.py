import jax
import jax.numpy as jnp
from jax import lax

a = jnp.linspace(-3.0, 3.0, 6).reshape(2, 3)
print(repr(jax.vmap(lambda x: jnp.clip(x, -1.0, 1.0))(a)))
print(jax.make_jaxpr(jax.vmap(lambda x: lax.clamp(-1.0, x, 1.0)))(a))
print(jax.make_jaxpr(jax.vmap(lambda lo, x: lax.clamp(lo, x, 2.0)))(jnp.array([0.0, -1.0]), a[:, 0]))
