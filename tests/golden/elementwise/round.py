import jax
import jax.numpy as jnp

x = jnp.array([0.5, 1.5, 2.5, -0.5, -1.5, 1.2345, -2.675, jnp.inf, jnp.nan])
print(repr(jnp.round(x)), repr(jnp.round(x, 1)))
print(repr(jnp.round(x, 2)), repr(jnp.round(jnp.array([1234.5, 15.0, 25.0]), -1)))
print(repr(jnp.round(jnp.array([1, -2, 35]))), repr(jnp.around(jnp.array([2.5, 3.5]))))
print(repr(jnp.round(jnp.array([0.125, 2.5], jnp.float16), 2)), repr(jnp.round(2.5)))
print(jax.make_jaxpr(lambda a: jnp.round(a, 2))(x))
print(jax.make_jaxpr(lambda a: jnp.round(a, 50))(x))
print(jax.make_jaxpr(lambda a: jnp.round(a))(jnp.array([1, 2])))
print(jax.make_jaxpr(lambda a: jnp.round(a, 1))(jnp.array([1.0, 2.0], jnp.float16)))
print(jax.make_jaxpr(lambda a: jnp.around(a) + jnp.round(a))(jnp.ones(2)))
print(jax.make_jaxpr(lambda a: a.round(1))(2.0))
