import jax
import jax.numpy as jnp
from jax import lax

def dist(x, y):
    return jnp.sqrt(jnp.sum((x - y) ** 2))
pts = jnp.array([[0.0, 0.0], [3.0, 4.0], [1.0, 1.0]])
pairwise = jax.vmap(jax.vmap(dist, in_axes=(None, 0)), in_axes=(0, None))
print(repr(pairwise(pts, pts)))
print(jax.make_jaxpr(pairwise)(pts, pts))
