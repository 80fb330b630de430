import jax
import jax.numpy as jnp
from jax import lax

def cumulative(xs, c0):
    def step(carry, x):
        carry = carry + x
        return carry, carry * 2
    return lax.scan(step, c0, xs)
print(jax.make_jaxpr(jax.vmap(cumulative, in_axes=(1, None)))(jnp.ones((4, 3)), 0.0))
print(jax.vmap(cumulative, in_axes=(1, None))(jnp.arange(12.0).reshape(4, 3), 0.0))
