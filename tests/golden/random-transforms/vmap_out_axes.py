import jax
import jax.numpy as jnp

keys = jax.random.split(jax.random.PRNGKey(15), 3)
f = jax.vmap(lambda k: jax.random.normal(k, (2,)), out_axes=1)
print(repr(f(keys)))
print(jax.make_jaxpr(f)(keys))
data = jnp.transpose(keys)
g = jax.vmap(lambda k: jax.random.uniform(k, (2,)), in_axes=1)
print(repr(g(data)))
print(jax.make_jaxpr(g)(data))
