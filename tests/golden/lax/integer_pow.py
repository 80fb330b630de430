import jax
import jax.numpy as jnp
from jax import lax

print(repr(lax.integer_pow(jnp.array([3, -3, 100000]), 3)), repr(lax.integer_pow(jnp.array([3, 2], jnp.int8), 5)))
print(repr(lax.integer_pow(jnp.array([1.1, 3.0]), 7)), repr(lax.integer_pow(jnp.array([2.0, 0.0]), -2)), repr(lax.integer_pow(jnp.array([2.0]), 0)))
print(repr(lax.square(jnp.array([65536, 46341]))), repr(lax.integer_pow(2.0, 3)), repr(lax.integer_pow(2, 0)))
print(jax.make_jaxpr(lambda x: lax.integer_pow(x, 5))(jnp.ones(2)))
print(jax.make_jaxpr(lambda x: lax.integer_pow(x, -1))(1.0))
print(jax.make_jaxpr(lambda x: lax.integer_pow(x, 0))(jnp.array([1, 2])))
