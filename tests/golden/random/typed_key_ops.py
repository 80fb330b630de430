import jax
import jax.numpy as jnp

keys = jax.random.split(jax.random.key(0), 4)
print(keys.shape, keys.dtype)
print(repr(keys[2]))
print(repr(keys[::2]))
print(repr(jax.random.key_data(keys)[:, 0]))
sub = keys[1]
print(repr(jax.random.uniform(sub, (2,))))
print(jax.make_jaxpr(lambda ks: ks[1])(keys))
print(jax.make_jaxpr(lambda ks: jax.random.normal(ks[0], (2,)))(keys))
