import jax
import jax.numpy as jnp
from jax import lax

def cumulative(xs):
    def step(carry, x):
        carry = carry + x
        return carry, carry * 2
    return lax.scan(step, 0.0, xs)
print(jax.make_jaxpr(jax.grad(lambda xs: cumulative(xs)[1].sum()))(jnp.arange(4.0)))
print(jax.grad(lambda xs: cumulative(xs)[1].sum())(jnp.arange(4.0)))
