import jax
import jax.numpy as jnp

key = jax.random.PRNGKey(17)
f = lambda x, k: (x * jax.random.normal(k, (3,))).sum()
x = jnp.arange(3.0)
print(repr(jax.grad(f)(x, key)))
print(jax.make_jaxpr(jax.grad(f))(x, key))
print(repr(jax.value_and_grad(f)(x, key)))
tkey = jax.random.key(17)
g = lambda x, k: jnp.sum(jnp.sin(x) * jax.random.uniform(k, x.shape))
print(repr(jax.grad(g)(x, tkey)))
print(jax.make_jaxpr(jax.grad(g))(x, tkey))
