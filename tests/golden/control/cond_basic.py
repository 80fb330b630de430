import jax
import jax.numpy as jnp
from jax import lax


def f(x):
    return lax.cond(x > 0, lambda v: v * 2.0, lambda v: -v, x)


print(f(3.0), f(-3.0))
print(repr(f(jnp.float32(2.5))))
print(jax.make_jaxpr(f)(1.0))
print(jax.make_jaxpr(f)(jnp.float32(1.0)))
print(jax.jit(f)(4.0))
print(repr(jax.jit(f)(-4.0)))
