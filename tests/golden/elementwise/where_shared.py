import jax
import jax.numpy as jnp


def f(x, y):
    a = jnp.where(x > 0, x, y)
    b = jnp.where(y > 0, y, x)
    c = jnp.where(x > 1, x, 0.0)
    return a + b + c


print(jax.make_jaxpr(f)(jnp.ones(3), jnp.zeros(3)))
print(jax.make_jaxpr(lambda x: jnp.where(x, x, x))(jnp.array([1, 0], jnp.uint8)))
print(jax.make_jaxpr(lambda x: jnp.where(x > 0, x, 0))(jnp.array([1, 0], jnp.int8)))
print(jax.make_jaxpr(lambda x: jnp.where(x > 0, x, 0.5))(jnp.array([1, 0], jnp.int8)))
print(repr(jnp.where(jnp.array([1, 0], jnp.int8) > 0, jnp.array([1, 0], jnp.int8), 0.5)))
