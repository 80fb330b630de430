# .at[].divide and .at[].power go through a scatter-mul on ones.
import jax
import jax.numpy as jnp

x = jnp.arange(1.0, 6.0)
print(repr(x.at[2].divide(2.0)), repr(x.at[1:4].divide(jnp.array([1.0, 2.0, 4.0]))))
print(repr(x.at[2].power(2)), repr(x.at[jnp.array([0, 4])].power(0.5)))
n = jnp.array([2, 3, 4])
print(repr(n.at[1].divide(2)), repr(n.at[0].power(3)))
print(jax.make_jaxpr(lambda x: x.at[2].divide(2.0))(x))
print(jax.make_jaxpr(lambda x: x.at[2].power(2))(x))
print(jax.make_jaxpr(lambda n: n.at[1].divide(2))(n))
