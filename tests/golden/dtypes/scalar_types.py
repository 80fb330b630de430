import jax
import jax.numpy as jnp

print(repr(jnp.float32(3)), repr(jnp.int8(-2)), repr(jnp.uint8(255)), repr(jnp.bool_(0)))
print(repr(jnp.float16(0.1)), repr(jnp.int32(2.9)), repr(jnp.float32([1, 2])))
print(jnp.float32(1).weak_type, jnp.float32(1).dtype)
print(jax.make_jaxpr(lambda x: x * jnp.float32(2))(jnp.ones(2)))
print(jax.make_jaxpr(lambda x: jnp.float32(x))(1))
print(jax.make_jaxpr(lambda x: x + jnp.int8(1))(jnp.ones(2, jnp.int8)))
