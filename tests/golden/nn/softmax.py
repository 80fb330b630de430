import jax
import jax.numpy as jnp

x = jnp.array([[1.0, 2.0, 3.0], [-1.0, 0.0, 1000.0]])
print(repr(jax.nn.softmax(x)), repr(jax.nn.softmax(x, axis=0)))
print(repr(jax.nn.softmax(x, axis=None)), repr(jax.nn.softmax(jnp.array([1, 2]))))
m = jnp.array([[True, False, True], [True, True, False]])
print(repr(jax.nn.softmax(x, where=m)))
print(jax.make_jaxpr(lambda a: jax.nn.softmax(a, axis=0))(x))
print(jax.make_jaxpr(lambda a: jax.nn.softmax(a, axis=(0, 1)))(x))
print(jax.make_jaxpr(lambda a, w: jax.nn.softmax(a, where=w))(x, m))
