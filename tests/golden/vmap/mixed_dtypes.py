import jax
import jax.numpy as jnp
from jax import lax

i = jnp.arange(6).reshape(2, 3)
f = jnp.arange(6.0).reshape(2, 3)
print(repr(jax.vmap(lambda a, b: a + b)(i, f)))
print(jax.make_jaxpr(jax.vmap(lambda a, b: a * b))(i, f))
print(repr(jax.vmap(lambda a: a > 2)(i)))
print(jax.make_jaxpr(jax.vmap(lambda a, b: jnp.where(a > 2, a, b), in_axes=(0, None)))(i, 1.5))
