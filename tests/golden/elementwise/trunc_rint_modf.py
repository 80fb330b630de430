import jax
import jax.numpy as jnp

x = jnp.array([-2.7, -0.5, 0.5, 1.5, 2.5, -0.0, jnp.inf, jnp.nan])
print(repr(jnp.trunc(x)), repr(jnp.rint(x)))
print(repr(jnp.modf(x)))
print(repr(jnp.trunc(jnp.array([1, -2]))), repr(jnp.rint(jnp.array([1, -2]))), repr(jnp.rint(jnp.array([True]))))
print(jax.make_jaxpr(jnp.trunc)(x))
print(jax.make_jaxpr(jnp.rint)(x))
print(jax.make_jaxpr(jnp.rint)(jnp.array([1, -2])))
print(jax.make_jaxpr(jnp.modf)(x))
print(jax.make_jaxpr(jnp.trunc)(jnp.array([True])))
