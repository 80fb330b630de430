import jax
import jax.numpy as jnp
import numpy as np

for seed in [0, 1, 42, -1, -7, 2**31 - 1, 2**31, 2**32 + 3, 2**40 + 17, -(2**40), True]:
    k = jax.random.PRNGKey(seed)
    print(seed, repr(k))
print(repr(jax.random.PRNGKey(np.int32(5))))
print(repr(jax.random.PRNGKey(jnp.uint8(3))))
print(repr(jax.random.PRNGKey(jnp.int32(-3))))
k = jax.random.PRNGKey(123)
print(k.shape, k.dtype, k.ndim, k.size)
print(k)
print(str(k))
