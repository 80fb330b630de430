import jax.numpy as jnp

print(repr(jnp.arange(5)), repr(jnp.arange(5.0)))
print(repr(jnp.arange(2, 6)), repr(jnp.arange(1.0, 2.0, 0.25)))
print(repr(jnp.arange(10, 0, -3)), repr(jnp.arange(0, 1, 0.1)))
print(repr(jnp.arange(3, dtype=jnp.float32)), repr(jnp.arange(4, dtype=jnp.int8)))
print(repr(jnp.arange(5, 2)), repr(jnp.arange(0)))
print(repr(jnp.arange(2.5)), repr(jnp.arange(-3, 3)))
print(repr(jnp.arange(0, 1, 0.25, dtype=jnp.float16)))
print(repr(jnp.arange(jnp.array(4))), repr(jnp.arange(1, 7, 2, dtype=jnp.uint8)))
print(repr(jnp.arange(0, 5, 2)), repr(jnp.arange(False, 3)))
