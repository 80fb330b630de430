import jax
import jax.numpy as jnp
from jax import lax

x = jnp.array([1.5, 2.0, 3.0])
f = lambda x: jnp.arccosh(x).sum()
print('arccosh', repr(jax.grad(f)(x)))
print(jax.make_jaxpr(jax.grad(f))(x))
