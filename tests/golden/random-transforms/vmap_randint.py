import jax
import jax.numpy as jnp

keys = jax.random.split(jax.random.PRNGKey(2), 3)
f = jax.vmap(lambda k: jax.random.randint(k, (5,), 0, 10))
print(repr(f(keys)))
print(jax.make_jaxpr(f)(keys))
g = jax.vmap(lambda k, hi: jax.random.randint(k, (4,), 0, hi))
print(repr(g(keys, jnp.array([3, 100, 7]))))
print(jax.make_jaxpr(g)(keys, jnp.array([3, 100, 7])))
