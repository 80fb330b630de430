import jax
import jax.numpy as jnp
from jax import lax

x = jnp.array([-1.0, 0.5, 3.0])
print(jax.grad(lambda x: lax.clamp(0.0, x, 1.0).sum())(x))
print(jax.make_jaxpr(jax.grad(lambda x: lax.clamp(0.0, x, 1.0).sum()))(x))
print(jax.grad(lambda x: jnp.clip(x, 0.0, 1.0).sum())(x))
