import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(12.0).reshape(4, 3)
b = jnp.arange(12.0, 24.0).reshape(4, 3)
print(repr(jax.vmap(jnp.dot)(a, b)))
print(jax.make_jaxpr(jax.vmap(jnp.dot))(a, b))
m = jnp.arange(24.0).reshape(4, 2, 3)
print(repr(jax.vmap(jnp.matmul)(m, a)))
print(jax.make_jaxpr(jax.vmap(jnp.matmul))(m, a))
