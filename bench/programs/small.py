import jax
import jax.numpy as jnp


def f(x):
    return jnp.sin(x) * 2.0 + 1.0


print(jax.make_jaxpr(f)(1.0))
print(f(1.0))
