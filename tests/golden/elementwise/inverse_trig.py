import jax
import jax.numpy as jnp

x = jnp.array([1.0, 2.0, 0.5, jnp.inf])
print(repr(jnp.arccosh(x)), repr(jnp.acosh(x)), repr(jnp.arccosh(jnp.array([1, 3]))))
print(repr(jnp.acos(jnp.array([0.5, 1.0]))), repr(jnp.asin(0.5)), repr(jnp.atanh(0.5)))
print(jax.make_jaxpr(jnp.arccosh)(x))
print(jax.make_jaxpr(jnp.acosh)(jnp.array([1, 3])))
print(jax.make_jaxpr(lambda a: jnp.acos(a) + jnp.asin(a) + jnp.atan(a))(jnp.array([1, 2])))
print(jax.make_jaxpr(lambda a: jnp.arccosh(a) + jnp.acosh(a))(1.0))
