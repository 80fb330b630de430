# .at[mask] with a concrete boolean mask.
import jax
import jax.numpy as jnp

x = jnp.arange(6.0)
mask = x > 2
print(repr(x.at[mask].set(0.0)), repr(x.at[mask].add(10.0)))
print(repr(x.at[x < 0].set(1.0)))
m = jnp.array([[1, 2], [3, 4]])
print(repr(m.at[m > 2].set(0)), repr(m.at[jnp.array([False, True])].set(9)))
print(jax.make_jaxpr(lambda x: x.at[mask].set(1.0))(x))
print(jax.make_jaxpr(lambda x: x.at[mask].get())(x))
