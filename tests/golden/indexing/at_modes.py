# The mode, fill_value and wrap_negative_indices options of .at[].
import jax
import jax.numpy as jnp

x = jnp.arange(5)
f = jnp.arange(5.0)
idx = jnp.array([7, -9, 2])
print(repr(x.at[idx].get(mode='fill', fill_value=-1)), repr(x.at[idx].get(mode='fill')))
print(repr(f.at[idx].get(mode='fill')), repr(f.at[idx].get(mode='clip')), repr(f.at[idx].get()))
print(repr(x.at[idx].set(30)), repr(x.at[idx].set(30, mode='clip')), repr(x.at[idx].set(30, mode='drop')))
print(repr(x.at[idx].add(1, mode='promise_in_bounds')))
print(repr(x.at[-1].get(wrap_negative_indices=False)), repr(x.at[idx].get(wrap_negative_indices=False)))
print(repr(x.at[2].get(mode='fill', fill_value=0)))
print(jax.make_jaxpr(lambda x: x.at[idx].get(mode='fill', fill_value=-1))(x))
print(jax.make_jaxpr(lambda f: f.at[idx].get(mode='fill'))(f))
print(jax.make_jaxpr(lambda x: x.at[idx].set(3, mode='clip'))(x))
print(jax.make_jaxpr(lambda x: x.at[1:3].get(mode='clip'))(x))
print(jax.make_jaxpr(lambda x: x.at[idx].get(indices_are_sorted=True, unique_indices=True))(x))
