import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6.0).reshape(2, 3)
f = jax.vmap(lambda x, y: x @ y, in_axes=(0, None))
print(jax.make_jaxpr(f)(a, jnp.ones((3, 2))))
print(jax.make_jaxpr(lambda x: f(x, x.T))(a))
