import jax
import jax.numpy as jnp
from jax import lax

x = jnp.array([0.5, 1.5, 2.5, -0.5, -2.5, 0.49999997, 1e20, jnp.nan])
print(repr(lax.round(x)), repr(lax.round(x, lax.RoundingMethod.TO_NEAREST_EVEN)), repr(lax.round(x, 1)))
print(repr(lax.round(x, lax.RoundingMethod.AWAY_FROM_ZERO)), repr(lax.round(2.5)))
print(int(lax.RoundingMethod.TO_NEAREST_EVEN), lax.RoundingMethod.AWAY_FROM_ZERO == 0)
print(jax.make_jaxpr(lax.round)(x))
print(jax.make_jaxpr(lambda a: lax.round(a, lax.RoundingMethod.TO_NEAREST_EVEN))(x))
print(jax.make_jaxpr(lambda a: lax.round(a, 1))(1.0))
