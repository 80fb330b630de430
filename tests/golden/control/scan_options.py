import jax
import jax.numpy as jnp
from jax import lax


def step(c, x):
    return c + x, c * x


xs = jnp.arange(1.0, 6.0)
print(lax.scan(step, 0.0, xs))
print(lax.scan(step, 0.0, xs, reverse=True))
print(jax.make_jaxpr(lambda xs: lax.scan(step, 0.0, xs, reverse=True))(xs))
print(jax.make_jaxpr(lambda xs: lax.scan(step, 0.0, xs, unroll=2))(xs))
print(jax.make_jaxpr(lambda xs: lax.scan(step, 0.0, xs, unroll=True))(xs))
print(jax.make_jaxpr(lambda xs: lax.scan(step, 0.0, xs, unroll=False))(xs))
print(lax.scan(step, 0.0, xs, unroll=3))
print(lax.scan(step, 0.0, xs, length=5))
print(jax.make_jaxpr(lambda xs: lax.scan(step, jnp.float32(0), xs, length=5))(xs))
