import jax
import jax.numpy as jnp
from jax import lax

q = jnp.arange(12.0).reshape(2, 3, 2) / 10
k = jnp.arange(12.0, 24.0).reshape(2, 3, 2) / 10
def attn(q, k):
    s = q @ k.T / jnp.sqrt(2.0)
    return jax.nn.softmax(s, axis=-1)
print(repr(jax.vmap(attn)(q, k)))
print(jax.make_jaxpr(jax.vmap(attn))(q, k))
