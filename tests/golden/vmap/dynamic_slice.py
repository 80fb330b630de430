import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(12.0).reshape(2, 6)
starts = jnp.array([1, 3])
print(repr(jax.vmap(lambda x, s: lax.dynamic_slice(x, (s,), (2,)))(a, starts)))
print(jax.make_jaxpr(jax.vmap(lambda x, s: lax.dynamic_slice(x, (s,), (2,))))(a, starts))
print(jax.make_jaxpr(jax.vmap(lambda x: lax.dynamic_slice(x, (2,), (3,))))(a))
print(jax.make_jaxpr(jax.vmap(lambda s: lax.dynamic_slice(jnp.arange(6.0), (s,), (2,))))(starts))
