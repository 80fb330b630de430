import jax
import jax.numpy as jnp
from jax import lax

def loss(w, b, x, y):
    pred = x @ w + b
    return (pred - y) ** 2
w = jnp.array([0.5, -1.0])
xs = jnp.arange(8.0).reshape(4, 2)
ys = jnp.arange(4.0)
per = jax.vmap(loss, in_axes=(None, None, 0, 0))
print(repr(per(w, 0.1, xs, ys)))
print(jax.make_jaxpr(per)(w, 0.1, xs, ys))
