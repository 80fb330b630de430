import jax
import jax.numpy as jnp


@jax.jit
def step(params, x):
    return {"y": params["w"] * x + params["b"], "x": x}


params = {"w": jnp.array([1.0, 2.0]), "b": jnp.array([0.5, 0.5])}
print(jax.make_jaxpr(step)(params, jnp.array([3.0, 4.0])))
out = step(params, jnp.array([3.0, 4.0]))
print(sorted(out.keys()))
print(repr(out["y"]))
print(jax.make_jaxpr(jax.jit(lambda t: (t[1], t[0])))((1.0, 2)))
