import jax
import jax.numpy as jnp
try:
    jax.vmap(lambda x, s: x)(jnp.ones(3), "abc")
except Exception as e:
    print(type(e).__name__, e)
print(jax.vmap(lambda x, s: x * len(s), in_axes=(0, None))(jnp.ones(3), "abc"))
try:
    jax.vmap(lambda x: "abc")(jnp.ones(3))
except Exception as e:
    print(type(e).__name__, e)
