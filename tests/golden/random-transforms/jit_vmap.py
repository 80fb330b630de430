import jax
import jax.numpy as jnp

keys = jax.random.split(jax.random.PRNGKey(14), 3)
f = jax.jit(jax.vmap(lambda k: jax.random.normal(k, (2,))))
print(repr(f(keys)))
print(jax.make_jaxpr(f)(keys))
g = jax.vmap(jax.jit(lambda k: jax.random.uniform(k, (2,))))
print(repr(g(keys)))
print(jax.make_jaxpr(g)(keys))
