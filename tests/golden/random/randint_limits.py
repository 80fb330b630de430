import jax
import jax.numpy as jnp

key = jax.random.PRNGKey(11)
print(repr(jax.random.randint(key, (5,), -2**31, 2**31 - 1)))
print(repr(jax.random.randint(key, (5,), 2**31 - 3, 2**31 - 1)))
print(repr(jax.random.randint(key, (5,), -2**31, -2**31 + 2)))
print(repr(jax.random.randint(key, (5,), 0, 2**31 - 1)))
print(repr(jax.random.randint(key, (5,), 0, (jnp.uint32(2**31 - 1) * 2 + 1), jnp.uint32)))
print(repr(jax.random.randint(key, (5,), (jnp.uint32(2**31 - 3) * 2 + 1), (jnp.uint32(2**31 - 1) * 2 + 1), jnp.uint32)))
print(repr(jax.random.randint(key, (5,), jnp.int32(-5), jnp.int32(5))))
print(repr(jax.random.randint(key, (4,), jnp.array(0, jnp.int8), jnp.array(100, jnp.int8))))
