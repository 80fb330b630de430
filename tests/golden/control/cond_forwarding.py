import jax
import jax.numpy as jnp
from jax import lax

# Outputs that both branches pass through unchanged leave the cond.
print(jax.make_jaxpr(lambda p, x, y: lax.cond(p, lambda a, b: (a, b + 1), lambda a, b: (a, b - 1), x, y))(True, 1.0, 2.0))
print(jax.make_jaxpr(lambda p, x, y: lax.cond(p, lambda a, b: (a, b), lambda a, b: (b, a), x, y))(True, 1.0, 2.0))
print(jax.make_jaxpr(lambda p, x: lax.cond(p, lambda a: (a, a), lambda a: (a, a * 2), x))(True, 1.0))
print(lax.cond(True, lambda a, b: (a, b + 1), lambda a, b: (a, b - 1), 1.0, 2.0))
print(lax.cond(True, lambda a, b: (a, b + 1), lambda a, b: (a, b - 1), jnp.float32(1.0), 2.0))
