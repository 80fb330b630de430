import jax.numpy as jnp
print(repr(jnp.asarray([1., 2.])))
print(repr(jnp.asarray(jnp.array([1., 2.]))))
