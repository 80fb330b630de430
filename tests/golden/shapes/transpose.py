import jax
import jax.numpy as jnp

x = jnp.arange(24).reshape(2, 3, 4)
print(repr(x.T.shape), repr(jnp.transpose(x, (2, 0, 1)).shape), repr(x.transpose(1, 0, 2).shape))
print(repr(x.transpose((0, 2, 1)).shape), repr(jnp.swapaxes(x, 0, 2).shape), repr(x.swapaxes(-1, 0).shape))
print(repr(jnp.moveaxis(x, 0, -1).shape), repr(jnp.moveaxis(x, (0, 1), (2, 0)).shape))
print(repr(jnp.arange(6).reshape(2, 3).T))
print(repr(x.mT.shape), repr(jnp.permute_dims(x, (1, 2, 0)).shape), repr(jnp.matrix_transpose(x).shape))
print(jax.make_jaxpr(lambda x: x.T)(jnp.ones((2, 3))))
print(jax.make_jaxpr(lambda x: x.T)(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.transpose(x, (1, 2, 0)))(jnp.ones((2, 3, 4))))
print(jax.make_jaxpr(lambda x: jnp.swapaxes(x, 0, 1))(jnp.ones((2, 3))))
print(jax.make_jaxpr(lambda x: jnp.swapaxes(x, 1, 1))(jnp.ones((2, 3))))
print(jax.make_jaxpr(lambda x: jnp.moveaxis(x, -1, 0))(jnp.ones((2, 3, 4))))
print(jax.make_jaxpr(lambda x: x.mT)(jnp.ones((2, 3, 4))))
