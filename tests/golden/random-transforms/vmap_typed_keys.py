import jax
import jax.numpy as jnp

keys = jax.random.split(jax.random.key(8), 3)
f = jax.vmap(lambda k: jax.random.normal(k, (2,)))
print(repr(f(keys)))
print(jax.make_jaxpr(f)(keys))
s = jax.vmap(lambda k: jax.random.split(k, 2))
print(repr(s(keys)))
print(jax.make_jaxpr(s)(keys))
d = jax.vmap(jax.random.key_data)
print(repr(d(keys)))
print(jax.make_jaxpr(d)(keys))
w = jax.vmap(jax.random.wrap_key_data)
print(repr(w(jax.random.key_data(keys))))
print(jax.make_jaxpr(w)(jax.random.key_data(keys)))
