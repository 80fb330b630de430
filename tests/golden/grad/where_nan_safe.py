import jax
import jax.numpy as jnp

f = lambda x: jnp.where(x > 0, jnp.sqrt(jnp.where(x > 0, x, 1.0)), 0.0).sum()
x = jnp.array([4.0, -1.0])
print(jax.grad(f)(x))
print(jax.make_jaxpr(jax.grad(f))(x))
