import jax.numpy as jnp

print(repr(jnp.array(3.0)), repr(jnp.array(3)), repr(jnp.array(True)))
print(repr(jnp.array(3.0, dtype=jnp.int32)), repr(jnp.array(2, dtype=jnp.float16)))
print(repr(jnp.array(-1.7, dtype=jnp.int8)), repr(jnp.array(0.0, dtype=bool)))
print(repr(jnp.asarray(2.5)), repr(jnp.asarray(7, dtype=float)))
print(repr(jnp.array(1, dtype=jnp.bfloat16)), repr(jnp.array(1.5, dtype=jnp.uint8)))
x = jnp.array(2.0)
print(x.weak_type, jnp.array(x).weak_type, jnp.array(x, dtype=jnp.float32).weak_type)
print(repr(jnp.array(jnp.arange(3), dtype=jnp.float32)))
print(repr(jnp.array(3.0, ndmin=2)), repr(jnp.array([1, 2], ndmin=3).shape))
print(repr(jnp.float32(3)), repr(jnp.int8(5)), repr(jnp.bool_(1)))
