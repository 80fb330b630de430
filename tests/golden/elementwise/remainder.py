import jax
import jax.numpy as jnp

a = jnp.array([7, -7, 7, -7, 0, 5])
b = jnp.array([3, 3, -3, -3, 3, 0])
print(repr(jnp.remainder(a, b)), repr(a % b), repr(jnp.mod(a, b)))
f = jnp.array([7.5, -7.5, 7.5, -7.5, 1.0, jnp.inf, 3.0])
g = jnp.array([2.0, 2.0, -2.0, -2.0, 0.0, 2.0, jnp.inf])
print(repr(jnp.remainder(f, g)), repr(f % 2), repr(-1 % jnp.array([3, -3])))
print(jax.make_jaxpr(jnp.remainder)(f, g))
print(jax.make_jaxpr(jnp.mod)(a, b))
print(jax.make_jaxpr(lambda x: x % 3)(a))
print(jax.make_jaxpr(lambda x: x % 3)(2.0))
print(jax.make_jaxpr(lambda x, y: (x % y, x // y))(jnp.ones(3, jnp.uint8), jnp.ones(3, jnp.uint8)))
print(repr(jnp.array([7, 8], jnp.uint8) % jnp.array([3, 0], jnp.uint8)))
