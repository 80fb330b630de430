import jax
import jax.numpy as jnp
from jax import lax

f = lambda x: jnp.sum(jnp.log(x) * x)
v, g = jax.value_and_grad(f)(jnp.array([1.0, 2.0, 3.0]))
print(repr(v), repr(g))
print(jax.make_jaxpr(jax.value_and_grad(f))(jnp.array([1.0, 2.0, 3.0])))
