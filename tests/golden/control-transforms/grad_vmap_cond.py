import jax
import jax.numpy as jnp
from jax import lax

def f(xs):
    return jax.vmap(lambda x: lax.cond(x > 0, jnp.sin, jnp.cos, x))(xs).sum()
print(jax.make_jaxpr(jax.grad(f))(jnp.ones(3)))
print(jax.grad(f)(jnp.array([1.0, -1.0, 2.0])))
