import jax
import jax.numpy as jnp
from jax import lax

branches = [
    lambda d: {"x": d["x"] + 1, "y": d["y"]},
    lambda d: {"x": d["x"] * 2, "y": d["y"] - 1},
    lambda d: {"x": -d["x"], "y": d["y"] * d["x"].sum()},
]
d = {"x": jnp.arange(3.0), "y": jnp.float32(2.0)}
for i in range(3):
    print(lax.switch(i, branches, d))
print(jax.make_jaxpr(lambda i, d: lax.switch(i, branches, d))(0, d))
