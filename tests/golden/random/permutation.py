import jax
import jax.numpy as jnp

key = jax.random.PRNGKey(0)
print(repr(jax.random.permutation(key, 10)))
print(repr(jax.random.permutation(key, 1)))
print(repr(jax.random.permutation(key, 0)))
print(repr(jax.random.permutation(key, jnp.arange(6) * 10)))
print(repr(jax.random.permutation(key, jnp.array([1.5, 2.5, 3.5, 4.5]))))
x = jnp.arange(12).reshape(3, 4)
print(repr(jax.random.permutation(key, x)))
print(repr(jax.random.permutation(key, x, axis=1)))
print(repr(jax.random.permutation(key, x, axis=-1)))
print(repr(jax.random.permutation(key, x, axis=1, independent=True)))
print(repr(jax.random.permutation(key, x, independent=True)))
print(repr(jax.random.permutation(jax.random.key(5), jnp.int32(7))))
print(repr(jax.random.permutation(jax.random.key(5), 100)[:10]))
