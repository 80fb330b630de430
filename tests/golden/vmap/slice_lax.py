import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(20.0).reshape(2, 10)
print(repr(jax.vmap(lambda x: lax.slice(x, (1,), (7,), (2,)))(a)))
print(jax.make_jaxpr(jax.vmap(lambda x: lax.slice(x, (1,), (7,), (2,))))(a))
print(jax.make_jaxpr(jax.vmap(lambda x: lax.slice(x, (1,), (2,)), in_axes=1))(a))
