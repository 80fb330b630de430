import jax
import jax.numpy as jnp
from jax import lax

xs = [jnp.arange(3.0), jnp.arange(3.0, 6.0)]
print(repr(jax.vmap(lambda l: l[0] * l[1])(xs)))
print(jax.make_jaxpr(jax.vmap(lambda l: l[0] * l[1], in_axes=([0, None],)))([jnp.ones(3), jnp.ones(2)]))
