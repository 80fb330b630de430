# .at[].min and .at[].max keep the smaller or larger value.
import jax
import jax.numpy as jnp

x = jnp.array([5.0, 1.0, 4.0, 2.0])
print(repr(x.at[0].min(3.0)), repr(x.at[1].min(3.0)))
print(repr(x.at[:].max(3.0)), repr(x.at[jnp.array([2, 2])].max(jnp.array([7.0, 6.0]))))
print(repr(x.at[2].min(jnp.nan)), repr(x.at[1:3].max(jnp.array([0.0, 9.0]))))
n = jnp.array([3, 8, 1])
print(repr(n.at[1].min(2)), repr(n.at[jnp.array([0, 2])].max(5)))
print(jax.make_jaxpr(lambda x: x.at[2].min(1.0))(x))
print(jax.make_jaxpr(lambda x: x.at[jnp.array([0, 3])].max(jnp.array([1.0, 9.0])))(x))
print(jax.make_jaxpr(lambda n: n.at[1].min(2))(n))
