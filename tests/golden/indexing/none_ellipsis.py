# None (np.newaxis) and Ellipsis.
import jax
import jax.numpy as jnp

x = jnp.arange(3.0)
m = jnp.array([[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]])
print(repr(x[None]), repr(x[:, None]))
print(m[None, ..., None].shape, m[..., None, 0].shape, m[jnp.newaxis].shape)
print(repr(m[..., 1]), repr(m[...]))
print(jax.make_jaxpr(lambda x: x[None])(x))
print(jax.make_jaxpr(lambda x: x[:, None])(x))
print(jax.make_jaxpr(lambda m: m[None, ..., None])(m))
print(jax.make_jaxpr(lambda m: m[..., None, 0])(m))
print(jax.make_jaxpr(lambda m: m[...])(m))
print(jax.make_jaxpr(lambda m: m[None, 1:, ...])(m))
