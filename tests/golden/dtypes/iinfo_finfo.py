import jax.numpy as jnp

print(jnp.iinfo(jnp.int32), repr(jnp.iinfo(jnp.uint8)))
print(jnp.iinfo(jnp.int16).bits, jnp.iinfo(jnp.int8).min, jnp.iinfo(jnp.uint16).max, jnp.iinfo(jnp.int32).dtype)
print(jnp.iinfo(jnp.arange(2).dtype).max, jnp.iinfo(jnp.int64).max)
for d in [jnp.float16, jnp.bfloat16, jnp.float32, jnp.float64]:
    f = jnp.finfo(d)
    print(repr(f))
    print(f.bits, f.eps, f.max, f.min, f.tiny, f.resolution, f.precision, f.dtype)
print(jnp.finfo(jnp.complex64).dtype, float(jnp.finfo(jnp.float32).eps) == 2.0 ** -23)
try:
    jnp.finfo(jnp.int32)
except ValueError as e:
    print("ValueError", e)
try:
    jnp.iinfo(jnp.float32)
except ValueError as e:
    print("ValueError", e)
