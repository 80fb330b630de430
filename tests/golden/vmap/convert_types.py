import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6).reshape(2, 3)
print(repr(jax.vmap(lambda x: x.astype(jnp.float32) / 2)(a)))
print(jax.make_jaxpr(jax.vmap(lambda x: x.astype(jnp.float32)))(a))
print(repr(jax.vmap(lambda x: x // 2 + x % 2)(a)))
print(jax.make_jaxpr(jax.vmap(lambda x: (x > 2).astype(jnp.int32)))(a))
