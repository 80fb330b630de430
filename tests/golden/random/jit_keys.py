import jax
import jax.numpy as jnp

@jax.jit
def make(seed):
    return jax.random.key(seed)

print(repr(make(3)))
print(repr(jax.jit(jax.random.PRNGKey)(3)))
print(repr(jax.jit(lambda k: jax.random.key_data(k))(jax.random.key(4))))
print(repr(jax.jit(lambda d: jax.random.wrap_key_data(d))(jnp.array([1, 2], jnp.uint32))))
print(jax.make_jaxpr(jax.jit(lambda k: jax.random.uniform(k, (2,))))(jax.random.key(0)))
