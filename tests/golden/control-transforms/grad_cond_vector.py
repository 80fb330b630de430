import jax
import jax.numpy as jnp
from jax import lax

def f(x):
    return lax.cond(x.sum() > 0, lambda v: (v ** 2).sum(), lambda v: v.sum(), x)
print(jax.make_jaxpr(jax.grad(f))(jnp.ones(3)))
print(jax.grad(f)(jnp.array([1.0, 2.0, 3.0])), jax.grad(f)(jnp.array([-1.0, -2.0, 0.5])))
