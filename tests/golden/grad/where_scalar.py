import jax
import jax.numpy as jnp

f = lambda x: jnp.where(x > 0, jnp.sqrt(jnp.where(x > 0, x, 1.0)), 0.0)
print(jax.grad(f)(4.0), jax.grad(f)(-1.0))
print(jax.make_jaxpr(jax.grad(f))(4.0))
print(jax.make_jaxpr(jax.grad(jax.nn.relu))(2.0))
print(jax.make_jaxpr(jax.jit(jax.grad(lambda x: jnp.maximum(x, 0.0) * 2.0)))(2.0))
