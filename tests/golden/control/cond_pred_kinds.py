import jax
import jax.numpy as jnp
from jax import lax

# Integer and float predicates are compared with 0 first.
print(jax.make_jaxpr(lambda p, x: lax.cond(p, lambda v: v + 1, lambda v: v - 1, x))(3, 1.0))
print(jax.make_jaxpr(lambda p, x: lax.cond(p, lambda v: v + 1, lambda v: v - 1, x))(0.5, 1.0))
print(jax.make_jaxpr(lambda p, x: lax.cond(p, lambda v: v + 1, lambda v: v - 1, x))(True, 1.0))
print(jax.make_jaxpr(lambda p, x: lax.cond(p, lambda v: v + 1, lambda v: v - 1, x))(jnp.uint8(2), jnp.int32(1)))
print(lax.cond(0, lambda v: v + 1, lambda v: v - 1, 1.0))
print(lax.cond(2, lambda v: v + 1, lambda v: v - 1, 1.0))
print(lax.cond(0.0, lambda v: v + 1, lambda v: v - 1, 1.0))
print(lax.cond(jnp.bool_(True), lambda v: v + 1, lambda v: v - 1, 1.0))
print(lax.cond(True, lambda: 1.0, lambda: 2.0))
