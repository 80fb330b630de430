import jax
import jax.numpy as jnp

x = jnp.array([1.5, -1.5, 2.7, 0.0])
print(repr(x.astype(jnp.int32)), repr(x.astype(bool)), repr(x.astype(jnp.uint8)))
print(repr(jnp.astype(x, jnp.float16)), repr(jnp.astype(x, None)))
print(repr(jnp.arange(3).astype(float)), repr(jnp.array([True, False]).astype(jnp.int8)))
print(repr(jnp.array([300, -1]).astype(jnp.uint8)), repr(jnp.array([1e10, -1e10]).astype(jnp.int32)))
print(repr(jnp.array(2.0).astype(jnp.float32)), jnp.array(2.0).astype(jnp.float32).weak_type)
print(jax.make_jaxpr(lambda x: x.astype(jnp.int32))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: x.astype(jnp.float32))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: x.astype(jnp.float32))(1.0))
print(jax.make_jaxpr(lambda x: jnp.astype(x, jnp.bfloat16, copy=True))(jnp.ones(2)))
print(jax.make_jaxpr(lambda x: x.astype(bool).astype(jnp.int8))(jnp.ones(2)))
