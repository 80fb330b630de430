import jax
import jax.numpy as jnp
from jax import lax

def init():
    return {'w1': jnp.ones((3, 4)) * 0.1, 'b1': jnp.zeros(4), 'w2': jnp.ones((4, 1)) * 0.2, 'b2': jnp.zeros(1)}

def loss(p, x, y):
    h = jax.nn.relu(x @ p['w1'] + p['b1'])
    out = h @ p['w2'] + p['b2']
    return jnp.mean((out - y) ** 2)

x = jnp.arange(6.0).reshape(2, 3)
y = jnp.ones((2, 1))
p = init()
print(jax.grad(loss)(p, x, y))
print(jax.value_and_grad(loss)(p, x, y))
print(jax.make_jaxpr(jax.grad(loss))(p, x, y))
