import jax
import jax.numpy as jnp
from jax import lax

f = jax.jit(jax.grad(lambda x: jnp.sin(x) * x ** 2))
print(f(1.0))
print(jax.make_jaxpr(f)(1.0))
g = jax.jit(jax.value_and_grad(lambda x: (x ** 3).sum()))
print(g(jnp.arange(3.0)))
