# .at[idx].get() is x[idx].
import jax
import jax.numpy as jnp

x = jnp.arange(6.0)
print(repr(x.at[2].get()), repr(x.at[1:5:2].get()), repr(x.at[jnp.array([5, 0])].get()))
print(jax.make_jaxpr(lambda x: x.at[2].get())(x))
print(jax.make_jaxpr(lambda x: x.at[jnp.array([5, 0])].get())(x))
print(jax.make_jaxpr(lambda x, i: x.at[i].get(mode='clip'))(x, 2))
