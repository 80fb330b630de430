# Static indexing of a 3-D array.
import jax
import jax.numpy as jnp

t = jnp.array([[[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]],
               [[12, 13, 14, 15], [16, 17, 18, 19], [20, 21, 22, 23]]], dtype=jnp.float32)
print(repr(t[0, :, 1]))
print(repr(t[..., ::-1][1]))
print(t[1, None, 1:].shape, t[:, -1].shape, t[:, :, 2].shape)
print(repr(t[-1, 1:, :2]))
print(jax.make_jaxpr(lambda t: t[0, :, 1])(t))
print(jax.make_jaxpr(lambda t: t[..., ::-1])(t))
print(jax.make_jaxpr(lambda t: t[1, None, 1:])(t))
print(jax.make_jaxpr(lambda t: t[:, -1])(t))
print(jax.make_jaxpr(lambda t: t[::2, ::-2, 1::2])(t))
