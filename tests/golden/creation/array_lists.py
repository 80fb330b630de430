import jax.numpy as jnp

print(repr(jnp.array([1, 2, 3])))
print(repr(jnp.array([1, 2.5])))
print(repr(jnp.array([True, 2])))
print(repr(jnp.array([[1.0, 2.0], [3.0, 4.0]])))
print(repr(jnp.array([1, 2, 3], dtype=jnp.float32)))
print(repr(jnp.array([1.7, -1.7], dtype=jnp.int32)))
print(repr(jnp.array([0, 1, 2], dtype=bool)))
print(repr(jnp.array([])), repr(jnp.array([[]])))
print(repr(jnp.array((1, 2))), repr(jnp.asarray([[1], [2]], dtype=jnp.int8)))
print(repr(jnp.array([jnp.float16(1), 2.0])))
print(repr(jnp.array([jnp.arange(2), jnp.arange(2) + 1])))
print(repr(jnp.array([jnp.array(1.5), 2])))
