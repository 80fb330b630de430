import jax.numpy as jnp

x = jnp.ones((2, 3, 4))
print(jnp.shape(x), jnp.ndim(x), jnp.size(x), jnp.size(x, 1))
print(jnp.shape(3.0), jnp.ndim(3.0), jnp.size(3.0))
print(x.shape, x.ndim, x.size, len(x))
print(x.reshape(4, 6).shape, x.reshape((24,)).shape, x.T.shape)
print(x.swapaxes(0, 1).shape, x.squeeze().shape, x[None].shape)
