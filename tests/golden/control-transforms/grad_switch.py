import jax
import jax.numpy as jnp
from jax import lax

g = lambda i, x, y: lax.switch(i, [lambda a, b: a * b, lambda a, b: jnp.sin(a) + b, lambda a, b: a], x, y)
print(jax.make_jaxpr(jax.grad(g, argnums=(1, 2)))(1, 2.0, 3.0))
print(jax.grad(g, argnums=(1, 2))(1, 2.0, 3.0))
print(jax.grad(g, argnums=(1, 2))(0, 2.0, 3.0))
print(jax.grad(g, argnums=(1, 2))(2, 2.0, 3.0))
