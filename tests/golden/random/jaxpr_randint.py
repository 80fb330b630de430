import jax
import jax.numpy as jnp

key = jax.random.key(0)
print(jax.make_jaxpr(lambda k: jax.random.randint(k, (3,), 0, 10))(key))
print(jax.make_jaxpr(lambda k: jax.random.randint(k, (2,), -5, 5, jnp.int8))(key))
print(jax.make_jaxpr(lambda k, lo, hi: jax.random.randint(k, (3,), lo, hi))(key, jnp.zeros(3, jnp.int32), 10))
print(jax.make_jaxpr(lambda k: jax.random.randint(k, (), 0, 4, jnp.uint32))(key))
