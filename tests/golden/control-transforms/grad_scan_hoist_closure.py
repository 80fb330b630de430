# Loop-invariant work on a closed-over variable moves out of the scan; residuals of it are not stacked.
import jax
import jax.numpy as jnp
from jax import lax

def g(w, c0, xs):
    def body(c, x):
        a = jnp.exp(w) * 3.0
        return c * a + x * w, jnp.tanh(w) * c
    c, ys = lax.scan(body, c0, xs)
    return c + ys.sum()

xs = jnp.array([0.5, -1.0, 2.0])
print(jax.grad(g, argnums=(0, 1, 2))(0.3, 1.5, xs))
print(jax.make_jaxpr(jax.grad(g, argnums=(0, 1, 2)))(0.3, 1.5, xs))
print(jax.jit(jax.grad(g))(0.3, 1.5, xs))
print(jax.vmap(jax.grad(g), in_axes=(0, None, None))(jnp.array([0.1, 0.2]), 1.5, xs))
print(jax.make_jaxpr(jax.vmap(jax.grad(g), in_axes=(0, None, None)))(jnp.array([0.1, 0.2]), 1.5, xs))
y, lin = jax.linearize(lambda w: g(w, 1.5, xs), 0.3)
print(y, lin(1.0))
print(jax.make_jaxpr(lambda w: jax.linearize(lambda w: g(w, 1.5, xs), w)[1](1.0))(0.3))
