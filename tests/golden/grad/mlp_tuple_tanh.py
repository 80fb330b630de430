import jax
import jax.numpy as jnp
from jax import lax

def loss(params, x):
    (w1, b1), (w2, b2) = params
    h = jnp.tanh(x @ w1 + b1)
    return jnp.sum((h @ w2 + b2) ** 2)

params = ((jnp.ones((2, 3)) * 0.5, jnp.zeros(3)), (jnp.ones((3, 2)), jnp.ones(2)))
x = jnp.array([[1.0, 2.0]])
print(jax.grad(loss)(params, x))
print(jax.make_jaxpr(jax.grad(loss))(params, x))
