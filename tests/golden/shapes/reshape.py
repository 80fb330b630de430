import jax
import jax.numpy as jnp

x = jnp.arange(6)
print(repr(x.reshape(2, 3)), repr(x.reshape((3, -1))), repr(jnp.reshape(x, (-1, 2))))
print(repr(x.reshape(2, 3, order="F")), repr(jnp.reshape(x, 6)))
print(repr(jnp.ravel(x.reshape(2, 3).T)), repr(x.reshape(2, 3).ravel(order="F")))
print(repr(jnp.reshape(3.0, (1, 1))), repr(x.reshape(1, 6, 1).shape), repr(x.reshape([3, 2]).shape))
print(jax.make_jaxpr(lambda x: x.reshape(3, 2))(jnp.ones((2, 3))))
print(jax.make_jaxpr(lambda x: x.reshape(-1))(jnp.ones((2, 3))))
print(jax.make_jaxpr(lambda x: x.reshape(2, 3))(jnp.ones((2, 3))))
print(jax.make_jaxpr(lambda x: x.reshape(3, 2, order="F"))(jnp.ones((2, 3))))
print(jax.make_jaxpr(lambda x: jnp.ravel(x))(1.0))
print(jax.make_jaxpr(lambda x: x.ravel())(jnp.ones((2, 2))))
print(jax.make_jaxpr(lambda x: x.flatten())(jnp.ones((2, 2))))
print(jax.make_jaxpr(lambda x: jnp.reshape(x, ()))(jnp.ones((1, 1))))
