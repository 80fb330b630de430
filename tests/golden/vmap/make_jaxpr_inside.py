import jax
import jax.numpy as jnp
from jax import lax

def f(x):
    return jnp.tanh(x) + 1
a = jnp.arange(6.0).reshape(2, 3)
print(jax.vmap(lambda x: jnp.sum(x))(a))
jaxpr = jax.make_jaxpr(jax.vmap(jax.vmap(f)))(a)
print(jaxpr)
print(jax.make_jaxpr(lambda z: jax.vmap(f)(z) * 2)(a))
