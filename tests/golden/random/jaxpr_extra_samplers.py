import jax, jax.numpy as jnp
key = jax.random.key(0)
print(jax.make_jaxpr(lambda k: jax.random.truncated_normal(k, -1.0, 2.0, (3,)))(key))
print(jax.make_jaxpr(lambda k: jax.random.gumbel(k, (3,)))(key))
print(jax.make_jaxpr(lambda k: jax.random.gumbel(k, (3,), mode="high"))(key))
print(jax.make_jaxpr(lambda k, l: jax.random.categorical(k, l))(key, jnp.zeros((2, 3))))
print(jax.make_jaxpr(lambda k, l: jax.random.categorical(k, l, shape=(4, 2)))(key, jnp.zeros((2, 3))))
