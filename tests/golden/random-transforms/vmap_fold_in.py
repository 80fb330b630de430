import jax
import jax.numpy as jnp

key = jax.random.PRNGKey(10)
f = jax.vmap(lambda i: jax.random.fold_in(key, i))
print(repr(f(jnp.arange(3))))
print(jax.make_jaxpr(f)(jnp.arange(3)))
tkey = jax.random.key(10)
g = jax.vmap(lambda i: jax.random.fold_in(tkey, i))
print(repr(g(jnp.arange(3))))
print(jax.make_jaxpr(g)(jnp.arange(3)))
keys = jax.random.split(key, 2)
h = jax.vmap(lambda k: jax.random.fold_in(k, 5))
print(repr(h(keys)))
print(jax.make_jaxpr(h)(keys))
both = jax.vmap(jax.random.fold_in)
print(repr(both(keys, jnp.array([1, 2]))))
print(jax.make_jaxpr(both)(keys, jnp.array([1, 2])))
