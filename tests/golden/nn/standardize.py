import jax
import jax.numpy as jnp

x = jnp.array([[1.0, 2.0, 4.0], [0.0, 0.0, 3.0]])
print(jax.make_jaxpr(jax.nn.standardize)(x))
print(jax.make_jaxpr(lambda a: jax.nn.standardize(a, axis=None, epsilon=0.1))(x))
print(jax.make_jaxpr(lambda a: jax.nn.standardize(a, mean=0.0))(x))
