import jax
import jax.numpy as jnp

a = jnp.array([7, -7, 7, -7, 0, 5, -2147483648])
b = jnp.array([2, 2, -2, -2, 3, 0, -1])
print(repr(jnp.floor_divide(a, b)), repr(a // b))
print(repr(a // 3), repr(-9 // jnp.array([2, -2, 4])), repr(jnp.floor_divide(7, 2)))
print(repr(jnp.array([True, False]) // jnp.array([True, True])))
print(jax.make_jaxpr(jnp.floor_divide)(a, b))
print(jax.make_jaxpr(lambda x: x // 2)(a))
print(jax.make_jaxpr(lambda x, y: x // y)(jnp.int8(7), jnp.int8(2)))
print(jax.make_jaxpr(lambda x, y: x // y)(jnp.array([True]), jnp.array([True])))
