import jax
import jax.numpy as jnp
from jax import lax

params = {"w": jnp.arange(6.0).reshape(2, 3), "b": jnp.array([1.0, 2.0])}
print(jax.vmap(lambda p: p["w"].sum() + p["b"])(params))
print(jax.make_jaxpr(jax.vmap(lambda p: p["w"] * p["b"]))(params))
print(jax.vmap(lambda p, x: p["w"] @ x, in_axes=({"w": None, "b": 0}, 0))(params, jnp.ones((2, 3))))
