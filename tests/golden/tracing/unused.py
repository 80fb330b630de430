import jax
import jax.numpy as jnp


def f(x, y):
    a = jnp.sin(x)
    b = jnp.cos(a)
    c = x * y
    return c


print(jax.make_jaxpr(f)(1.0, 2.0))
print(jax.make_jaxpr(lambda x, y: x)(1.0, 2.0))
print(jax.make_jaxpr(lambda x: (jnp.exp(x), jnp.exp(x)))(1.0))
