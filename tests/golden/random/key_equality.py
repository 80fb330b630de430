import jax
import jax.numpy as jnp

k = jax.random.key(0)
ks = jax.random.split(k, 3)
print(repr(k == k))
print(repr(ks == k))
print(repr(ks != ks[0]))
print(repr(ks == ks))
print(repr(jnp.equal(ks, ks[1])))
print(repr(jax.random.wrap_key_data(jax.random.key_data(k)) == k))
print(jax.make_jaxpr(lambda a, b: a == b)(k, k))
print(jax.make_jaxpr(lambda a, b: a != b)(ks, k))
try:
    k < k
except TypeError as e:
    print("TypeError", e)
