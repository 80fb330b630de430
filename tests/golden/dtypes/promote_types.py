import jax.numpy as jnp

pairs = [(jnp.int32, jnp.float32), (jnp.uint8, jnp.int32), (jnp.bool_, jnp.int32), (jnp.float16, jnp.float32),
         (jnp.bfloat16, jnp.float16), (jnp.int8, jnp.uint8), (jnp.int32, jnp.int64), (jnp.uint32, jnp.int32),
         (jnp.uint64, jnp.int8), (jnp.float64, jnp.complex64), (int, float), (int, jnp.int8),
         (float, jnp.float16), (bool, bool), ("float32", "int8"), (jnp.complex64, float)]
for a, b in pairs:
    print(jnp.promote_types(a, b), repr(jnp.promote_types(b, a)))
