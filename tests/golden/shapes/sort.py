import jax
import jax.numpy as jnp

x = jnp.array([3.0, -1.0, jnp.nan, 2.0, -0.0, 0.0, -jnp.inf])
print(repr(jnp.sort(x)), repr(jnp.argsort(x)))
print(repr(jnp.sort(x, descending=True)), repr(jnp.argsort(x, descending=True)))
m = jnp.array([[3, 1, 2], [0, 5, 4]])
print(repr(jnp.sort(m)), repr(jnp.sort(m, axis=0)), repr(jnp.sort(m, axis=None)))
print(repr(jnp.argsort(m, axis=0)), repr(m.sort()), repr(m.argsort(axis=None)))
print(repr(jnp.argsort(jnp.array([1, 1, 0, 1]))), repr(jnp.argsort(jnp.array([1, 1, 0, 1]), descending=True)))
print(repr(jnp.sort(jnp.array([True, False, True]))), repr(jnp.argsort(m, dtype=jnp.int8)))
print(jax.make_jaxpr(lambda x: jnp.sort(x))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.argsort(x))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.argsort(x, descending=True))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.sort(x, axis=None, descending=True))(jnp.ones((2, 3))))
print(jax.make_jaxpr(lambda x: jnp.sort(x, axis=0, stable=False))(jnp.ones((2, 3))))
