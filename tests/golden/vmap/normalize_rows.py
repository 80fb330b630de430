import jax
import jax.numpy as jnp
from jax import lax

def normalize(v):
    return (v - v.mean()) / (v.std() + 1e-5)
a = jnp.array([[1.0, 2.0, 3.0, 4.0], [2.0, 2.0, 2.0, 6.0]])
print(repr(jax.vmap(normalize)(a)))
print(jax.make_jaxpr(jax.vmap(normalize))(a))
