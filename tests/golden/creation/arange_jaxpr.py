import jax
import jax.numpy as jnp

print(jax.make_jaxpr(lambda: jnp.arange(5))())
print(jax.make_jaxpr(lambda: jnp.arange(5.0))())
print(jax.make_jaxpr(lambda: jnp.arange(2, 10))())
print(jax.make_jaxpr(lambda: jnp.arange(2, 10, 2))())
print(jax.make_jaxpr(lambda: jnp.arange(1.0, 2.0, 0.25))())
print(jax.make_jaxpr(lambda: jnp.arange(0, 1, 0.25, dtype=jnp.float16))())
print(jax.make_jaxpr(lambda x: x + jnp.arange(3))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.arange(x.shape[0]))(jnp.ones(4)))
print(jax.make_jaxpr(lambda: jnp.arange(3, dtype=jnp.float32))())
