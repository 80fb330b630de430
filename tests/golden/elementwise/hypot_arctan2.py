import jax
import jax.numpy as jnp

a = jnp.array([3.0, 0.0, -5.0, jnp.inf, 1e30, jnp.nan, 0.0])
b = jnp.array([4.0, 0.0, 12.0, 1.0, 1e30, jnp.inf, -2.0])
print(repr(jnp.hypot(a, b)), repr(jnp.hypot(jnp.array([3, 5]), 4)))
print(repr(jnp.arctan2(jnp.array([1, -1]), jnp.array([0, 0]))))
print(repr(jnp.atan2(1.0, -1.0)), repr(jnp.arctan2(-0.0, -1.0)))
print(jax.make_jaxpr(jnp.hypot)(a, b))
print(jax.make_jaxpr(jnp.hypot)(3, 4.0))
print(jax.make_jaxpr(jnp.arctan2)(jnp.array([1, 2]), 2.0))
print(jax.make_jaxpr(jnp.atan2)(a, b))
