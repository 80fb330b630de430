import jax
import jax.numpy as jnp
from jax import lax

def cumulative(xs, c0):
    def step(carry, x):
        carry = carry + x
        return carry, carry * 2
    return lax.scan(step, c0, xs)
print(jax.make_jaxpr(jax.vmap(cumulative, in_axes=(0, None)))(jnp.ones((3, 4)), 0.0))
print(jax.vmap(cumulative, in_axes=(0, None))(jnp.arange(12.0).reshape(3, 4), 0.0))
