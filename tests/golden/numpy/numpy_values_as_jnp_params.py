# numpy scalars where jax.numpy takes plain data (axes, shapes, indices) or dtypes.
import numpy as np
import jax.numpy as jnp
x = jnp.ones((2, 3))
print(repr(jnp.sum(x, axis=np.int64(0))))
print(repr(x.reshape(np.int64(3), 2).shape))
print(repr(x[np.int64(1)]))
print(repr(jnp.zeros(3, dtype=np.float32)))
print(repr(jnp.array([np.float32(1.5), 2.0])))
print(repr(jnp.swapaxes(x, np.int32(0), np.int64(1)).shape), repr(x[np.int64(0), np.int8(2)]))
print(repr(jnp.ones((np.int64(2),), dtype=np.int8)))
