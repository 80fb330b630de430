import jax
import jax.numpy as jnp
from jax import lax

def f(x):
    y = x ** 2
    return y.sum(), {'y': y, 'n': 3}

g, aux = jax.grad(f, has_aux=True)(jnp.arange(3.0))
print(g, aux)
(v, aux), g = jax.value_and_grad(f, has_aux=True)(jnp.arange(3.0))
print(v, aux, g)
print(jax.make_jaxpr(jax.grad(f, has_aux=True))(jnp.arange(3.0)))
