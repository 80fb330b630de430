# .at[] with a traced index or traced values.
import jax
import jax.numpy as jnp

x = jnp.arange(5.0)
print(jax.make_jaxpr(lambda x, i: x.at[i].set(7.0))(x, 1))
print(jax.make_jaxpr(lambda x, i, v: x.at[i].add(v))(x, jnp.int32(2), 1.5))
print(jax.make_jaxpr(lambda x, idx: x.at[idx].set(0.0))(x, jnp.array([1, 4])))
m = jnp.zeros((2, 3))
print(jax.make_jaxpr(lambda m, i, v: m.at[i, 1:].set(v))(m, 1, jnp.ones(2)))
print(repr(x.at[jnp.array(3)].set(-1.0)), repr(m.at[jnp.array(1), 1:].set(jnp.array([4.0, 5.0]))))
