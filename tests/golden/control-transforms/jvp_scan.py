import jax
import jax.numpy as jnp
from jax import lax

def cumulative(xs):
    def step(carry, x):
        carry = carry * x + jnp.sin(x)
        return carry, carry * 2
    return lax.scan(step, 1.0, xs)
print(jax.jvp(cumulative, (jnp.arange(1.0, 4.0),), (jnp.ones(3),)))
print(jax.make_jaxpr(lambda x, t: jax.jvp(cumulative, (x,), (t,)))(jnp.arange(1.0, 4.0), jnp.ones(3)))
