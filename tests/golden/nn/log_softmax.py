import jax
import jax.numpy as jnp

x = jnp.array([[1.0, 2.0, 3.0], [-1.0, 0.0, 1000.0]])
print(repr(jax.nn.log_softmax(x)), repr(jax.nn.log_softmax(x, axis=0)))
m = jnp.array([[True, False, True], [True, True, False]])
print(repr(jax.nn.log_softmax(x, where=m)), repr(jax.nn.log_softmax(jnp.array([1, 2]))))
print(jax.make_jaxpr(jax.nn.log_softmax)(x))
print(jax.make_jaxpr(lambda a: jax.nn.log_softmax(a, axis=None))(x))
print(jax.make_jaxpr(lambda a, w: jax.nn.log_softmax(a, where=w))(x, m))
