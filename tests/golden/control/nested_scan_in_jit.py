import jax
import jax.numpy as jnp
from jax import lax


@jax.jit
def f(xs, scale):
    return lax.scan(lambda c, x: (c + x * scale, c), 0.0, xs)


print(f(jnp.arange(4.0), 2.0))
print(jax.make_jaxpr(f)(jnp.arange(4.0), 2.0))
print(jax.make_jaxpr(lambda xs: jax.jit(lambda ys: lax.map(jnp.cos, ys))(xs))(jnp.ones(2)))
