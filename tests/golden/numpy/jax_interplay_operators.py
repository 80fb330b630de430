import numpy as np
import jax
import jax.numpy as jnp

x = jnp.array([1.0, 2.0, 3.0])
n = np.array([0.5, 1.5, 2.5])
print(repr(x + n), repr(n + x), isinstance(n * x, jax.Array), isinstance(n * x, np.ndarray))
print(repr(x * np.float64(2)), repr(np.float64(2) * x), repr(x * np.float32(2)))
print(repr(x + np.int64(1)), repr(jnp.array([1, 2]) + np.int64(1)), repr(jnp.array([1, 2]) * np.float64(1.5)))
print(repr(jnp.array([1, 2]) + np.array([1, 2])), repr(jnp.array([1, 2], dtype=jnp.int8) + np.int8(1)))
print(repr(jnp.array(2.0) * np.array(3.0)), repr(jnp.array(2) + np.array(3)))
print(repr(jnp.sin(n)), repr(jnp.sum(np.arange(4))), repr(jnp.maximum(n, np.float32(1))))
print(repr(jnp.array(n)), repr(jnp.asarray(np.arange(3))), repr(jnp.asarray(np.float64(0.5))))
print(repr(jnp.asarray(np.array([True, False]))), repr(jnp.array(np.array([1, 2], dtype=np.uint8))))
print(repr(jnp.array([np.float64(1), np.float64(2)])), repr(jnp.array([np.int64(1), 2])))
print(repr(jnp.asarray(np.zeros((2, 2), dtype=np.float32))))
print(repr(x > np.float64(1.5)), repr(np.array([1, 2, 3]) == jnp.array([1, 0, 3])))
