import jax
import jax.numpy as jnp
from jax import lax


def cumulative(xs):
    def step(carry, x):
        carry = carry + x
        return carry, carry * 2
    return lax.scan(step, 0.0, xs)


print(cumulative(jnp.arange(4.0)))
print(jax.make_jaxpr(cumulative)(jnp.arange(4.0)))
print(jax.make_jaxpr(lambda xs: lax.map(jnp.sin, xs))(jnp.ones(3)))
print(lax.map(jnp.sin, jnp.arange(3.0)))
