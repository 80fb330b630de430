import jax
import jax.numpy as jnp
from jax import lax

def f(xs):
    return lax.scan(lambda c, x: (c * x, None), 1.0, xs)[0]
print(jax.make_jaxpr(jax.vmap(jax.grad(f)))(jnp.ones((2, 3))))
print(jax.vmap(jax.grad(f))(jnp.arange(1.0, 7.0).reshape(2, 3)))
