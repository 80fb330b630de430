# lax.map with batch_size: a scan over batches, each one a vmap of f; the remainder is one more vmap.
import jax
import jax.numpy as jnp
from jax import lax

def f(x):
    print("inner shape:", x.shape)
    return jnp.sin(x) * 2.0 + x.sum()

x = jnp.arange(20.0).reshape(10, 2)
print(lax.map(f, x, batch_size=3))
print(lax.map(f, x, batch_size=5))
print(lax.map(f, x, batch_size=0))
print(lax.map(f, x, batch_size=20))
print(jax.make_jaxpr(lambda x: lax.map(f, x, batch_size=3))(x))
print(jax.make_jaxpr(lambda x: lax.map(f, x, batch_size=5))(x))
print(jax.make_jaxpr(lambda x: lax.map(f, x, batch_size=0))(x))

def g(p):
    a, b = p
    return {"s": a * b, "t": (a - b, b.sum())}

xs = (jnp.arange(7.0), jnp.arange(14.0).reshape(7, 2))
print(lax.map(g, xs, batch_size=2))
print(jax.make_jaxpr(lambda xs: lax.map(g, xs, batch_size=2))(xs))
print(jax.jit(lambda x: lax.map(f, x, batch_size=4))(x))
print(jax.vmap(lambda x: lax.map(f, x, batch_size=2))(x.reshape(2, 5, 2)))
print(jax.grad(lambda x: lax.map(f, x, batch_size=3).sum())(x))
print(jax.make_jaxpr(jax.grad(lambda x: lax.map(f, x, batch_size=3).sum()))(x))
