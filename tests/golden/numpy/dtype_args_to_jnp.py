import numpy as np
import jax.numpy as jnp

print(repr(jnp.array([1, 2], dtype=np.float32)), repr(jnp.array([1.5], dtype=np.int32)))
print(repr(jnp.array([1, 2], dtype=np.float64)), repr(jnp.array([1, 2], dtype=np.int64)))
print(repr(jnp.array([1, 0], dtype=np.bool_)), repr(jnp.array([3], dtype=np.uint8)))
x = jnp.array([1.0, 2.0])
print(x.dtype == np.float32, x.dtype == np.float64, repr(x.astype(np.int32)), repr(x.astype(np.float16)))
print(jnp.array([1, 2]).dtype == np.int32, np.dtype(np.float32) == x.dtype)
print(repr(jnp.asarray(np.float32(1.5))), repr(jnp.asarray(np.int8(-2))))
