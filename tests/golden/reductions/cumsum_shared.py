import jax
import jax.numpy as jnp

x = jnp.ones((2, 3))


def f(t):
    return jnp.cumsum(t, axis=1) + jnp.cumsum(t, axis=1) * jnp.cumsum(t, axis=-1)


print(jax.make_jaxpr(f)(x))
print(jax.make_jaxpr(lambda t: (jnp.cumsum(t), jnp.cumsum(t + 1)))(x))
print(jax.make_jaxpr(lambda t: (jnp.var(t), jnp.var(t)))(x))
