import jax
import jax.numpy as jnp
from jax import lax

@jax.jit
def h(x):
    return jnp.sin(x) * x

print(jax.grad(lambda x: h(x) * 2.0)(1.0))
print(jax.make_jaxpr(jax.grad(lambda x: h(x) * 2.0))(1.0))
print(jax.make_jaxpr(jax.grad(lambda x: h(h(x))))(1.0))
