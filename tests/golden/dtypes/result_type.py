import jax.numpy as jnp

print(jnp.result_type(1, 2.0), jnp.result_type(jnp.int64), jnp.result_type(jnp.ones(2), 1j))
print(jnp.result_type(jnp.int8, 1), jnp.result_type(jnp.int8, jnp.uint8), jnp.result_type(float))
print(jnp.result_type(jnp.arange(3), 2.5), jnp.result_type(jnp.bfloat16, jnp.float16))
print(jnp.result_type(jnp.arange(3, dtype=jnp.int8), 300), jnp.result_type(True, 1))
print(jnp.result_type(jnp.float16, 1.0, 2), jnp.result_type(jnp.uint32, jnp.int32))
print(repr(jnp.result_type(jnp.ones(2, jnp.float16), jnp.ones(2, jnp.bfloat16))))
print(jnp.result_type(None), jnp.result_type(jnp.array(1.0), jnp.array(2)))
try:
    jnp.result_type()
except ValueError as e:
    print("ValueError", e)
