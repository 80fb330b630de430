import jax
import jax.numpy as jnp

x = jnp.array([1.0, 2.0, 3.0])
f = lambda x: (jnp.tile(x, 2) * jnp.arange(6.0)).sum()
print(jax.grad(f)(x))
print(jax.make_jaxpr(jax.grad(f))(x))
m = jnp.arange(4.0).reshape(2, 2)
g = lambda m: (jnp.tile(m, (2, 3)) ** 2).sum()
print(jax.grad(g)(m))
print(jax.make_jaxpr(jax.grad(g))(m))
