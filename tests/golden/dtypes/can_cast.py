import jax.numpy as jnp

print(jnp.can_cast(jnp.int32, jnp.float32), jnp.can_cast(jnp.float32, jnp.int32))
print(jnp.can_cast(jnp.int8, jnp.int16, casting="same_kind"), jnp.can_cast(jnp.float32, jnp.float16, casting="same_kind"))
print(jnp.can_cast(jnp.float32, jnp.int32, casting="unsafe"), jnp.can_cast(jnp.int16, jnp.float32))
print(jnp.can_cast(jnp.uint8, jnp.int8), jnp.can_cast(jnp.uint8, jnp.int16), jnp.can_cast(jnp.bool_, jnp.uint8))
print(jnp.can_cast(jnp.int8, jnp.bfloat16), jnp.can_cast(jnp.bfloat16, jnp.float16), jnp.can_cast(jnp.float16, jnp.complex64))
print(jnp.can_cast(jnp.int32, jnp.int32, casting="no"), jnp.can_cast(jnp.int64, jnp.float64))
try:
    jnp.can_cast(1, jnp.int32)
except TypeError as e:
    print("TypeError", str(e).splitlines()[0])
