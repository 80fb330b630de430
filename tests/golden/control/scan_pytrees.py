import jax
import jax.numpy as jnp
from jax import lax


def step(carry, x):
    total, count = carry["total"], carry["count"]
    a, b = x
    total = total + a * b
    return {"total": total, "count": count + 1}, {"prod": a * b, "run": (total, count)}


xs = (jnp.arange(4.0), jnp.arange(4.0, 8.0))
init = {"total": 0.0, "count": 0}
print(lax.scan(step, init, xs))
print(jax.make_jaxpr(lambda xs: lax.scan(step, init, xs))(xs))
print(lax.scan(lambda c, x: (c + x["a"].sum(), [x["b"], x["a"]]), 0.0, {"a": jnp.ones((3, 2)), "b": jnp.arange(3)}))
print(lax.scan(lambda c, x: ((c[0] + x, c[1] - x), (c[0], c[1], x)), (0.0, 0.0), jnp.arange(3.0)))
