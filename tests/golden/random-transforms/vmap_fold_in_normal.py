import jax
import jax.numpy as jnp

key = jax.random.key(11)
f = jax.vmap(lambda i: jax.random.normal(jax.random.fold_in(key, i), (2,)))
print(repr(f(jnp.arange(4))))
print(jax.make_jaxpr(f)(jnp.arange(4)))
