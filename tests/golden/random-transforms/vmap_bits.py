import jax
import jax.numpy as jnp

keys = jax.random.split(jax.random.key(16), 3)
for dtype in [jnp.uint8, jnp.uint16, jnp.uint32]:
    f = jax.vmap(lambda k: jax.random.bits(k, (2,), dtype))
    print(repr(f(keys)))
print(jax.make_jaxpr(jax.vmap(lambda k: jax.random.bits(k, (2,), jnp.uint8)))(keys))
