import jax
import jax.numpy as jnp

@jax.jit
def sample(key):
    k1, k2 = jax.random.split(key)
    return jax.random.normal(k1, (3,)) + jax.random.uniform(k2, (3,))

print(repr(sample(jax.random.key(0))))
print(repr(sample(jax.random.PRNGKey(0))))
print(jax.make_jaxpr(sample)(jax.random.key(0)))

@jax.jit
def next_keys(key):
    return jax.random.split(key, 3)

print(repr(next_keys(jax.random.key(1))))
print(repr(next_keys(jax.random.PRNGKey(1))))
f = jax.jit(lambda k: jax.random.randint(k, (4,), 0, 10))
print(repr(f(jax.random.key(2))))
g = jax.jit(lambda k, n: jax.random.fold_in(k, n))
print(repr(g(jax.random.key(2), 5)))
print(repr(jax.jit(jax.random.permutation, static_argnums=1)(jax.random.key(3), 6)))
