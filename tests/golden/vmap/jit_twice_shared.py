import jax
import jax.numpy as jnp
from jax import lax

@jax.jit
def f(x):
    return x * 2.0
a = jnp.arange(6.0).reshape(2, 3)
print(jax.make_jaxpr(jax.vmap(lambda x: f(x) + f(x + 1.0)))(a))
print(jax.make_jaxpr(jax.jit(jax.vmap(f)))(a))
print(jax.make_jaxpr(jax.vmap(jax.jit(jax.vmap(f))))(jnp.ones((2, 3, 4))))
