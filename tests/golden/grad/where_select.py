import jax
import jax.numpy as jnp
from jax import lax

x = jnp.array([-1.0, 2.0, -3.0])
f = lambda x: jnp.where(x > 0, x * 2, x ** 2).sum()
print(jax.grad(f)(x))
print(jax.make_jaxpr(jax.grad(f))(x))
g = lambda x: lax.select(x > 0, jnp.sin(x), jnp.cos(x)).sum()
print(jax.grad(g)(x))
print(jax.make_jaxpr(jax.grad(g))(x))
