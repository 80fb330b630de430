import jax
import jax.numpy as jnp
from jax import lax

x = jnp.array([[1.0, 2.0, 3.0], [0.5, 0.5, -1.0]])
print(repr(jax.grad(lambda x: jax.nn.log_softmax(x)[:, 0].sum())(x)))
print(repr(jax.grad(lambda x: (jax.nn.softmax(x) ** 2).sum())(x)))
print(repr(jax.grad(lambda x: jax.nn.logsumexp(x))(x)))
print(jax.make_jaxpr(jax.grad(lambda x: jax.nn.logsumexp(x)))(x))
