import jax
import jax.numpy as jnp

key = jax.random.PRNGKey(0)
print(repr(jax.random.bits(key)))
print(repr(jax.random.bits(key, (4,))))
print(repr(jax.random.bits(key, (2, 3), jnp.uint8)))
print(repr(jax.random.bits(key, (5,), jnp.uint16)))
print(repr(jax.random.bits(key, (3,), "uint32")))
print(repr(jax.random.bits(jax.random.key(1), (4,))))
print(jax.make_jaxpr(lambda k: jax.random.bits(k, (3,), jnp.uint8))(key))
