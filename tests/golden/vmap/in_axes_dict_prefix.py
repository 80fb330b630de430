import jax
import jax.numpy as jnp
from jax import lax

d = {"x": jnp.arange(6.0).reshape(2, 3), "y": jnp.arange(3.0)}
print(repr(jax.vmap(lambda p: p["x"] + p["y"], in_axes=({"x": 0, "y": None},))(d)))
print(jax.make_jaxpr(jax.vmap(lambda p: p["x"] * p["y"], in_axes=({"x": 1, "y": 0},)))(d))
