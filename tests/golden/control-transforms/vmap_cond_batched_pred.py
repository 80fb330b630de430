import jax
import jax.numpy as jnp
from jax import lax

def f(x):
    return lax.cond(x > 0, lambda v: v * 2.0, lambda v: -v, x)
xs = jnp.array([-1.0, 2.0, 0.5])
print(jax.make_jaxpr(jax.vmap(f))(xs))
print(jax.vmap(f)(xs))
