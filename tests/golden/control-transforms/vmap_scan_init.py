import jax
import jax.numpy as jnp
from jax import lax

def cumulative(xs, c0):
    def step(carry, x):
        carry = carry * x
        return carry, carry + 1.0
    return lax.scan(step, c0, xs)
print(jax.make_jaxpr(jax.vmap(cumulative, in_axes=(None, 0)))(jnp.ones(4), jnp.arange(3.0)))
print(jax.vmap(cumulative, in_axes=(None, 0))(jnp.arange(1.0, 5.0), jnp.arange(3.0)))
