import jax
import jax.numpy as jnp

x = jnp.array([-1.5, 0.0, 2.5])
i = jnp.array([3, 0, -2])
print(jax.make_jaxpr(lambda c, a, b: jnp.where(c, a, b))(x > 0, x, i))
print(jax.make_jaxpr(lambda a: jnp.where(a, 1.0, 0))(i))
print(jax.make_jaxpr(lambda a: jnp.where(True, a, 2))(x))
print(jax.make_jaxpr(lambda a, b: jnp.where(a > 0, a, b))(x, 7.0))
print(jax.make_jaxpr(lambda a: jnp.where(a > 0, a, jnp.zeros((2, 3))))(x))
print(jax.make_jaxpr(lambda a: jnp.where(a > 0, 1, 2))(1.0))
print(repr(jnp.where(x > 0, x, i)), repr(jnp.where(i, 1.0, 0)))
print(repr(jnp.where(True, 1, 2)), repr(jnp.where(False, 1.5, 2)))
print(repr(jnp.where(jnp.array([True, False]), jnp.array([[1], [2]]), 0)))
