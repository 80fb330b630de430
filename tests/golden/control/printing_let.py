import jax
import jax.numpy as jnp
from jax import lax


def body(i, v):
    return v * 2.0 + i


def f(x):
    a = lax.fori_loop(0, 3, body, x)
    b = lax.fori_loop(0, 3, body, a)
    return a + b


print(jax.make_jaxpr(f)(1.0))


def t(v):
    return v + 1.0


def e(v):
    return v - 1.0


def g(x):
    return lax.cond(x > 0, t, e, x) + lax.cond(x > 1, t, e, x)


print(jax.make_jaxpr(g)(1.0))


def long_body(c, x):
    y = jnp.sin(c) * jnp.cos(x) + jnp.tanh(c * x) - jnp.exp(-x) / (1.0 + c ** 2)
    z = jnp.log1p(jnp.abs(y)) * jnp.sqrt(jnp.abs(x) + 1.0)
    return z + y, jnp.maximum(z, y)


print(jax.make_jaxpr(lambda xs: lax.scan(long_body, 0.0, xs))(jnp.ones(3)))
print(jax.make_jaxpr(lambda xs: (lax.scan(long_body, 0.0, xs), lax.scan(long_body, 1.0, xs)))(jnp.ones(3)))
