import jax
import jax.numpy as jnp

keys = jax.random.split(jax.random.key(13), 2)
f = jax.vmap(lambda k: jax.vmap(lambda i: jax.random.fold_in(k, i))(jnp.arange(3)))
print(repr(f(keys)))
print(jax.make_jaxpr(f)(keys))
g = jax.vmap(lambda k: jax.vmap(lambda i: jax.random.bits(jax.random.fold_in(k, i), (2,)))(jnp.arange(3)))
print(repr(g(keys)))
print(jax.make_jaxpr(g)(keys))
