import jax
import jax.numpy as jnp

key = jax.random.key(4)
for dt in [jnp.int8, jnp.uint8, jnp.int16, jnp.uint16, jnp.int32, jnp.uint32, "int32", int]:
    print(repr(jax.random.randint(key, (6,), 0, 100, dtype=dt)))
print(repr(jax.random.randint(key, (6,), 0, 256, jnp.uint8)))
print(repr(jax.random.randint(key, (6,), -128, 128, jnp.int8)))
print(repr(jax.random.randint(key, (6,), -1000, 1000, jnp.int8)))
print(repr(jax.random.randint(key, (6,), 0, 65536, jnp.uint16)))
print(repr(jax.random.randint(key, (6,), 250, 300, jnp.uint8)))
