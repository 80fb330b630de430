import jax
import jax.numpy as jnp

a = jnp.array([2, 3, 0, -2, 5])
b = jnp.array([3, 0, 2, 3, 1])
print(repr(jnp.power(a, b)), repr(a ** b), repr(jnp.power(jnp.array([True, False]), jnp.array([True, True]))))
print(repr(jnp.float_power(a, b)), repr(jnp.float_power(jnp.array([4.0, -8.0]), 0.5)))
print(repr(jnp.power(jnp.array([2.0, 4.0]), jnp.array([2, -1]))), repr(jnp.power(2.0, jnp.array([0.5, 3.0]))))
print(jax.make_jaxpr(jnp.power)(a, b))
print(jax.make_jaxpr(jnp.power)(jnp.array([2.0]), jnp.array([2])))
print(jax.make_jaxpr(jnp.float_power)(a, b))
print(jax.make_jaxpr(lambda x, y: x ** y)(jnp.ones((2, 3)), jnp.ones(3)))
