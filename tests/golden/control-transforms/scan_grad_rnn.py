import jax
import jax.numpy as jnp
from jax import lax

W = jnp.array([[0.5, -0.2], [0.1, 0.3]])


def rnn(params, xs):
    def step(h, x):
        h = jnp.tanh(params["W"] @ h + params["b"] * x)
        return h, h.sum()
    h, ys = lax.scan(step, jnp.zeros(2), xs)
    return (h ** 2).sum() + ys.sum()


params = {"W": W, "b": jnp.array([1.0, -1.0])}
xs = jnp.array([0.5, -0.3, 0.8])
v, g = jax.value_and_grad(rnn)(params, xs)
print(jnp.round(v, 4))
print(jax.tree.map(lambda a: jnp.round(a, 4), g))
print(jax.make_jaxpr(jax.value_and_grad(rnn))(params, xs))
