import jax
import jax.numpy as jnp

key = jax.random.PRNGKey(0)
p = jnp.array([0.1, 0.2, 0.3, 0.4])
print(repr(jax.random.choice(key, 4, (3,), replace=False, p=p)))
print(repr(jax.random.choice(key, jnp.arange(4.0) * 10, (2,), replace=False, p=p)))
print(repr(jax.random.choice(jax.random.key(5), 4, (4,), replace=False, p=jnp.array([0.0, 0.5, 0.5, 0.0]))))
print(repr(jax.random.choice(key, jnp.ones((2, 4)), (2,), replace=False, p=p, axis=1)))
print(repr(jax.random.choice(key, 4, (2,), replace=False, p=jnp.array([1, 1, 1, 1]))))
print(jax.make_jaxpr(lambda k, p: jax.random.choice(k, 4, (3,), replace=False, p=p))(key, p))
try:
    jax.random.choice(key, 4, (2,), replace=False, p=jnp.ones(3))
except ValueError as e:
    print("ValueError", e)
logits = jnp.array([[0.0, 1.0, 2.0, 3.0], [3.0, 2.0, 1.0, 0.0]])
print(repr(jax.random.categorical(key, logits, shape=(3, 2), replace=False)))
print(repr(jax.random.categorical(key, logits, axis=0, shape=(2, 4), replace=False)))
print(jax.make_jaxpr(lambda k, l: jax.random.categorical(k, l, shape=(2, 2), replace=False))(key, logits))
