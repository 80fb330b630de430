import jax
import jax.numpy as jnp
from jax import lax


def sign3(x):
    return lax.cond(x > 0, lambda v: 1.0, lambda v: lax.cond(v < 0, lambda w: -1.0, lambda w: 0.0, v), x)


print(sign3(2.0), sign3(-2.0), sign3(0.0))
print(jax.make_jaxpr(sign3)(2.0))


def clipped(x):
    return lax.cond(x.sum() > 0, lambda v: jnp.where(v > 1, 1.0, v), lambda v: jnp.clip(v, -1, 1), x)


print(clipped(jnp.array([0.5, 2.0])), clipped(jnp.array([-3.0, 0.5])))
print(jax.make_jaxpr(clipped)(jnp.array([0.5, 2.0])))
