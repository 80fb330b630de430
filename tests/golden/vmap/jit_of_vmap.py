import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6.0).reshape(2, 3)
g = jax.jit(jax.vmap(lambda x: x.sum() * x))
print(repr(g(a)))
print(jax.make_jaxpr(g)(a))
