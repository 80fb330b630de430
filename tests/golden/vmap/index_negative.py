import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(12.0).reshape(3, 4)
idx = jnp.array([-1, -2, 0])
print(repr(jax.vmap(lambda x, i: x[i])(a, idx)))
print(repr(jax.vmap(lambda x, i: x.at[i].get(mode="clip"))(a, jnp.array([9, -9, 2]))))
print(jax.make_jaxpr(jax.vmap(lambda x, i: x.at[i].get(mode="fill", fill_value=-1.0)))(a, idx))
