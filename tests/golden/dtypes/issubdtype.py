import jax.numpy as jnp

print(jnp.issubdtype(jnp.float32, jnp.floating), jnp.issubdtype(jnp.int32, jnp.floating))
print(jnp.issubdtype(jnp.int32, jnp.integer), jnp.issubdtype(jnp.uint8, jnp.signedinteger))
print(jnp.issubdtype(jnp.bfloat16, jnp.floating), jnp.issubdtype(jnp.bool_, jnp.number))
print(jnp.issubdtype(float, jnp.floating), jnp.issubdtype(jnp.float32, float))
print(jnp.issubdtype(jnp.complex64, jnp.inexact), jnp.issubdtype(jnp.ones(2).dtype, jnp.float32))
print(jnp.issubdtype(jnp.arange(2).dtype, jnp.unsignedinteger), jnp.issubdtype(jnp.int8, jnp.number))
print(jnp.issubdtype(jnp.bool_, jnp.bool_), jnp.issubdtype(jnp.floating, jnp.inexact), jnp.issubdtype(jnp.float16, jnp.generic))
print(jnp.floating, jnp.integer, jnp.number, jnp.inexact, jnp.complexfloating)
