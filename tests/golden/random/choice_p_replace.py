# jax.random.choice with p and replace=True: cumulative sums of p searched with jnp.searchsorted.
import jax
import jax.numpy as jnp

key = jax.random.PRNGKey(0)
p = jnp.array([0.1, 0.2, 0.3, 0.4])
print(repr(jax.random.choice(key, 4, (6,), p=p)))
print(repr(jax.random.choice(key, jnp.arange(4.0) * 10, (2, 3), p=p)))
print(repr(jax.random.choice(jax.random.key(5), 4, (8,), p=jnp.array([0.0, 0.5, 0.5, 0.0]))))
print(repr(jax.random.choice(key, jnp.arange(8.0).reshape(2, 4), (3,), p=p, axis=1)))
print(repr(jax.random.choice(key, 4, (2,), p=jnp.array([1, 1, 1, 2]))))
print(repr(jax.random.choice(key, 4, p=p)))
print(repr(jax.random.choice(key, 4, (0,), p=p)))
print(repr(jax.random.choice(jax.random.key_data(key), 3, (5,), p=jnp.array([0.2, 0.2, 0.6]))))
print(jax.make_jaxpr(lambda k, p: jax.random.choice(k, 4, (3,), p=p))(key, p))
print(jax.make_jaxpr(lambda k, a, p: jax.random.choice(k, a, (2, 2), p=p))(key, jnp.arange(4.0), p))
print(jax.jit(lambda k, p: jax.random.choice(k, 4, (5,), p=p))(key, p))
keys = jax.random.split(key, 3)
print(jax.vmap(lambda k: jax.random.choice(k, 4, (4,), p=p))(keys))
print(jax.make_jaxpr(jax.vmap(lambda k: jax.random.choice(k, 4, (2,), p=p)))(keys))
for bad in [lambda: jax.random.choice(key, 4, (2,), p=jnp.ones(3)),
            lambda: jax.random.choice(key, 0, (2,), p=jnp.ones(0)),
            lambda: jax.random.choice(key, 4, 2, p=p)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
