import jax
import jax.numpy as jnp


def f(x):
    return jnp.sin(x) * 2


print(jax.make_jaxpr(jax.jacrev(f))(jnp.arange(2.0)))
print(jax.make_jaxpr(jax.jacfwd(f))(jnp.arange(2.0)))
print(jax.make_jaxpr(jax.hessian(lambda x: (x**3).sum()))(jnp.arange(2.0)))
print(jax.make_jaxpr(jax.jacrev(lambda p: p["w"] * p["b"]))({"w": jnp.ones(2), "b": 3.0}))
print(jax.make_jaxpr(jax.jacfwd(lambda x, y: x * y, argnums=(0, 1)))(jnp.ones(2), jnp.arange(2.0)))
print(repr(jax.jacrev(lambda x: jnp.tanh(x).sum() * x)(jnp.arange(3.0))))
print(repr(jax.jacfwd(lambda x: x[:2] ** 2)(jnp.arange(3.0))))
