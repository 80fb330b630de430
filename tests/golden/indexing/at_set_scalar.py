# x.at[idx].set(v) with static indices and scalar values.
import jax
import jax.numpy as jnp

x = jnp.arange(5.0)
m = jnp.array([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]])
print(repr(x.at[0].set(100.0)), repr(x.at[-1].set(7)))
print(repr(x.at[1:3].set(-1.0)), repr(x.at[::2].set(9.0)), repr(x.at[::-2].set(9.0)))
print(repr(x.at[10].set(1.0)), repr(x.at[...].set(2.0)))
print(repr(m.at[1].set(0)))
print(repr(m.at[:, 1].set(-5)))
print(repr(m.at[1:, ::-1].set(7)))
print(repr(x))
print(jax.make_jaxpr(lambda x: x.at[0].set(1.0))(x))
print(jax.make_jaxpr(lambda x: x.at[1:3].set(2.0))(x))
print(jax.make_jaxpr(lambda m: m.at[:, 1].set(3))(m))
