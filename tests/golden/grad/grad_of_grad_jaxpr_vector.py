import jax
import jax.numpy as jnp
from jax import lax

f = lambda x: jnp.sum(jnp.tanh(x) ** 2)
x = jnp.array([0.1, 0.2])
print(jax.grad(lambda x: jax.grad(f)(x).sum())(x))
print(jax.make_jaxpr(jax.grad(lambda x: jax.grad(f)(x).sum()))(x))
