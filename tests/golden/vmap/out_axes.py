import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6.0).reshape(2, 3)
print(repr(jax.vmap(lambda x: x * 2, out_axes=1)(a)))
print(jax.make_jaxpr(jax.vmap(lambda x: x * 2, out_axes=1))(a))
print(repr(jax.vmap(lambda x: (x, x.sum()), out_axes=(1, 0))(a)))
print(jax.make_jaxpr(jax.vmap(lambda x: jnp.outer(x, x), out_axes=-1))(a))
