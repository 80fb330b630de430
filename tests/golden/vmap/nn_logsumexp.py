import jax
import jax.numpy as jnp
from jax import lax

a = jnp.array([[1.0, 2.0, 3.0], [0.0, 0.0, 1.0]])
print(repr(jax.vmap(jax.nn.logsumexp)(a)))
print(repr(jax.vmap(jax.nn.log_softmax)(a)))
print(jax.make_jaxpr(jax.vmap(jax.nn.logsumexp))(a))
