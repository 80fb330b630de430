import jax
import jax.numpy as jnp

key = jax.random.key(0)
raw = jax.random.PRNGKey(0)
print(jax.make_jaxpr(lambda s: jax.random.key(s))(3))
print(jax.make_jaxpr(lambda s: jax.random.PRNGKey(s))(3))
print(jax.make_jaxpr(lambda: jax.random.key(1))())
print(jax.make_jaxpr(lambda k: jax.random.split(k, 3))(key))
print(jax.make_jaxpr(lambda k: jax.random.split(k, (2, 2)))(raw))
print(jax.make_jaxpr(lambda k: jax.random.fold_in(k, 11))(key))
print(jax.make_jaxpr(lambda k, d: jax.random.fold_in(k, d))(raw, 5))
print(jax.make_jaxpr(lambda k: jax.random.key_data(k))(key))
print(jax.make_jaxpr(lambda k: jax.random.key_data(k))(raw))
print(jax.make_jaxpr(lambda d: jax.random.wrap_key_data(d))(raw))
print(jax.make_jaxpr(lambda k: jax.random.split(k)[0])(key))
