# x.at[idx].set(values) with arrays of indices and of values.
import jax
import jax.numpy as jnp

x = jnp.zeros(5)
m = jnp.zeros((3, 4), dtype=jnp.int32)
print(repr(x.at[jnp.array([1, 3])].set(jnp.array([10.0, 30.0]))))
print(repr(x.at[jnp.array([0, 0, 1])].set(jnp.array([1.0, 2.0, 3.0]))))
print(repr(x.at[jnp.array([-1, 7])].set(5.0)))
print(repr(m.at[1].set(jnp.array([1, 2, 3, 4]))))
print(repr(m.at[:, 2].set(jnp.array([7, 8, 9]))))
print(repr(m.at[jnp.array([0, 2]), jnp.array([1, 3])].set(jnp.array([5, 6]))))
print(repr(x.at[1:4].set([1.0, 2.0, 3.0])))
print(jax.make_jaxpr(lambda x, v: x.at[jnp.array([1, 3])].set(v))(x, jnp.array([10.0, 30.0])))
print(jax.make_jaxpr(lambda m, v: m.at[1].set(v))(m, jnp.arange(4)))
