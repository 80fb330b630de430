import jax
import jax.numpy as jnp

x = jnp.array([0.0, 90.0, 180.0, -45.0, 360.0])
print(repr(jnp.deg2rad(x)), repr(jnp.radians(x)))
print(repr(jnp.rad2deg(jnp.deg2rad(x))), repr(jnp.degrees(jnp.array([1, 2]))))
print(repr(jnp.deg2rad(180)), repr(jnp.rad2deg(jnp.pi)))
print(jax.make_jaxpr(jnp.deg2rad)(x))
print(jax.make_jaxpr(jnp.rad2deg)(jnp.array([1, 2])))
print(jax.make_jaxpr(jnp.radians)(1.0))
print(jax.make_jaxpr(jnp.degrees)(jnp.ones(2, jnp.bfloat16)))
