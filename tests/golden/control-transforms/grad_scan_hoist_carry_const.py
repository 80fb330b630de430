# A carry whose next value depends on constants alone, and a constant array read by the body.
import jax
import jax.numpy as jnp
from jax import lax

m = jnp.array([[1.0, 2.0], [0.5, -1.0]])

def f(w, xs):
    def body(carry, x):
        a, b = carry
        return (w * 2.0, b + jnp.dot(m, x) * a), a * w
    (a, b), ys = lax.scan(body, (w, jnp.zeros(2)), xs)
    return a + b.sum() + ys.sum()

xs = jnp.array([[1.0, 2.0], [3.0, -1.0], [0.5, 0.25]])
print(jax.grad(f, argnums=(0, 1))(0.7, xs))
print(jax.make_jaxpr(jax.grad(f, argnums=(0, 1)))(0.7, xs))
print(jax.jacrev(f)(0.7, xs))
