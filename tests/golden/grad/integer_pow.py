import jax
import jax.numpy as jnp
from jax import lax

x = 1.5
for n in [0, 1, 2, 3, -1, -2]:
    g = jax.grad(lambda x: x ** n)
    print(n, g(x))
    print(jax.make_jaxpr(g)(x))
