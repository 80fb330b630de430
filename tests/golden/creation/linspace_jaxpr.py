import jax
import jax.numpy as jnp

print(jax.make_jaxpr(lambda a, b: jnp.linspace(a, b, 5))(0.0, 1.0))
print(jax.make_jaxpr(lambda: jnp.linspace(0.0, 1.0, 3))())
print(jax.make_jaxpr(lambda a: jnp.linspace(a, 1, 4, endpoint=False))(jnp.float32(0)))
print(jax.make_jaxpr(lambda a: jnp.linspace(a, 2.0, 1))(jnp.float32(0)))
print(jax.make_jaxpr(lambda a, b: jnp.linspace(a, b, 3, dtype=jnp.int32))(0, 4))
print(jax.make_jaxpr(lambda a, b: jnp.linspace(a, b, 3))(jnp.zeros(2), jnp.ones(2)))
print(jax.make_jaxpr(lambda a: jnp.linspace(a, 1.0, 3) + jnp.linspace(a, 1.0, 3))(0.0))
