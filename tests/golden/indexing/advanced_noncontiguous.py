# Advanced indices separated by a slice move their axes to the front (NumPy's rule).
import jax
import jax.numpy as jnp

t = jnp.array([[[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]],
               [[12, 13, 14, 15], [16, 17, 18, 19], [20, 21, 22, 23]]], dtype=jnp.float32)
i = jnp.array([0, 1])
j = jnp.array([[2, 0], [1, 1]])
print(repr(t[i, :, j]))
print(t[i, :, j].shape, t[:, i, None, ::-1].shape, t[1, :, i].shape)
print(repr(t[:, i, None, ::-1]))
print(jax.make_jaxpr(lambda t: t[i, :, j])(t))
print(jax.make_jaxpr(lambda t: t[:, i, None, ::-1])(t))
print(jax.make_jaxpr(lambda t, k: t[1, :, k])(t, i))
