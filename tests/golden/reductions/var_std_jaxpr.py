import jax
import jax.numpy as jnp

x = jnp.arange(12.0).reshape(3, 4)
print(jax.make_jaxpr(jnp.var)(x))
print(jax.make_jaxpr(lambda t: jnp.var(t, axis=1, ddof=1))(x))
print(jax.make_jaxpr(lambda t: jnp.std(t, axis=0, keepdims=True))(x))
print(jax.make_jaxpr(jnp.var)(jnp.arange(4)))
print(jax.make_jaxpr(lambda t: (jnp.var(t), jnp.std(t)))(x))
