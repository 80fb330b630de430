import jax
import jax.numpy as jnp

x = jnp.array([0.0, 0.5, 1.0, -1.5, 2.25, 1e-8])
print(repr(jnp.sinc(x)), repr(jnp.sinc(jnp.array([0, 1, 2]))), repr(jnp.sinc(0.0)))
print(jax.make_jaxpr(jnp.sinc)(x))
print(jax.make_jaxpr(jnp.sinc)(2))
