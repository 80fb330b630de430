import jax
import jax.numpy as jnp

keys = jax.random.split(jax.random.PRNGKey(18), 4)
f = lambda x, k: (x * jax.random.normal(k, (3,))).sum()
x = jnp.arange(3.0)
g = jax.vmap(jax.grad(f), in_axes=(None, 0))
print(repr(g(x, keys)))
print(jax.make_jaxpr(g)(x, keys))
h = jax.grad(lambda x: jax.vmap(lambda k: f(x, k))(keys).mean())
print(repr(h(x)))
print(jax.make_jaxpr(h)(x))
