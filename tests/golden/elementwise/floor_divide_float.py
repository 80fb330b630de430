import jax
import jax.numpy as jnp

a = jnp.array([7.5, -7.5, 7.5, -7.5, 1.0, -1.0, 0.0, jnp.inf, jnp.nan, 5.0])
b = jnp.array([2.0, 2.0, -2.0, -2.0, 0.0, 0.0, 0.0, 2.0, 1.0, jnp.inf])
print(repr(jnp.floor_divide(a, b)))
print(repr(a // 0.3), repr(jnp.floor_divide(2.5, 1)), repr(7 // jnp.array([2.0, -2.5])))
print(jax.make_jaxpr(jnp.floor_divide)(a, b))
print(jax.make_jaxpr(lambda x: x // 2)(a))
print(jax.make_jaxpr(lambda x, y: x // y)(1.0, 2.0))
print(jax.make_jaxpr(lambda x, y: x // y)(jnp.ones(2), jnp.ones(2, jnp.int32)))
