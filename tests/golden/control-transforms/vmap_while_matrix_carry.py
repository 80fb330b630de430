import jax
import jax.numpy as jnp
from jax import lax

def f(x):
    return lax.while_loop(lambda v: v.sum() < 100.0, lambda v: v * 2.0, x)
xs = jnp.array([[1.0, 2.0], [30.0, 40.0], [0.5, 0.25]])
print(jax.make_jaxpr(jax.vmap(f))(xs))
print(jax.vmap(f)(xs))
