import jax
import jax.numpy as jnp
from jax import lax

a = jnp.array([0.0, 1.0, -1.0, 1.0, jnp.inf, -0.0])
b = jnp.array([1.0, 2.0, 0.0, 1.0, 0.0, -1.0])
print(repr(lax.nextafter(a, b)), repr(jnp.nextafter(jnp.array([1, 2]), 3)))
print(repr(lax.atan2(jnp.array([1.0, -1.0, 0.0]), jnp.array([0.0, 0.0, -1.0]))), repr(lax.erf(jnp.array([0.0, 0.5, -2.0]))))
print(jax.make_jaxpr(lax.nextafter)(a, b))
print(jax.make_jaxpr(lambda x, y: lax.atan2(x, y))(1.0, 2.0))
