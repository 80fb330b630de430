import jax
import jax.numpy as jnp
from jax import lax

f = jnp.array([jnp.nan, jnp.inf, -jnp.inf, 3e9, -3e9, -1.7, 1.7, 255.9, 256.0, -0.0])
for d in [jnp.int32, jnp.int8, jnp.uint8, jnp.uint32, jnp.int16, jnp.bool_, jnp.float16, jnp.bfloat16]:
    print(repr(lax.convert_element_type(f, d)))
i = jnp.array([300, -1, 65537, 0])
print(repr(lax.convert_element_type(i, jnp.uint8)), repr(lax.convert_element_type(i, jnp.int8)), repr(lax.convert_element_type(i, jnp.float16)))
print(repr(lax.convert_element_type(i, jnp.bool_)), repr(lax.convert_element_type(jnp.array([True, False]), jnp.float32)))
print(repr(lax.convert_element_type(2.5, jnp.int32)), repr(lax.convert_element_type(3, jnp.float32)), repr(lax.convert_element_type(True, jnp.int32)))
print(jax.make_jaxpr(lambda a: lax.convert_element_type(a, jnp.int8))(f))
print(jax.make_jaxpr(lambda a: lax.convert_element_type(a, jnp.float32))(1))
print(jax.make_jaxpr(lambda a: lax.convert_element_type(2.5, jnp.int32) + a)(1))
print(jax.make_jaxpr(lambda a: lax.convert_element_type(a, jnp.float32))(jnp.ones(2)))
