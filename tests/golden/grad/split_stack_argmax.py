import jax
import jax.numpy as jnp

x = jnp.arange(6.0)
f = lambda x: (jnp.split(x, 3)[1] ** 2).sum()
print(jax.grad(f)(x))
print(jax.make_jaxpr(jax.grad(f))(x))
g = lambda x: (jnp.stack([x, 2 * x]) ** 2).sum()
print(jax.grad(g)(x))
print(jax.make_jaxpr(jax.grad(g))(x))
h = lambda x: x[jnp.argmax(x)] * 3.0
print(jax.grad(h)(x))
print(jax.make_jaxpr(jax.grad(h))(x))
