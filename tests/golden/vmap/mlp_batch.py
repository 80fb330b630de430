import jax
import jax.numpy as jnp
from jax import lax

def predict(params, x):
    for w, b in params:
        x = jnp.tanh(x @ w + b)
    return x
params = [(jnp.ones((3, 4)) * 0.1, jnp.zeros(4)), (jnp.ones((4, 2)) * 0.2, jnp.ones(2) * 0.5)]
xs = jnp.arange(15.0).reshape(5, 3) / 10
batched = jax.vmap(predict, in_axes=(None, 0))
print(repr(batched(params, xs)))
print(jax.make_jaxpr(batched)(params, xs))
