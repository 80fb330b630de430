# The linear scan of a linearization computes only the tangents used (scan's DCE rule drops the others).
import jax
import jax.numpy as jnp
from jax import lax

def inner(x):
    return lax.scan(lambda c, y: (c * y + x, (c, y * x)), x, jnp.arange(1.0, 4.0))[0]

y, lin = jax.linearize(inner, 0.7)
print(y, lin(1.0))
print(jax.make_jaxpr(lambda x: jax.linearize(inner, x)[1](1.0))(0.7))
print(jax.make_jaxpr(lambda x: jax.linearize(jax.jit(inner), x)[1](1.0))(0.7))
print(jax.grad(inner)(0.7))
