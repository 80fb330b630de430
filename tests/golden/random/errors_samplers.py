import jax
import jax.numpy as jnp

def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[0])

key = jax.random.PRNGKey(0)
show(lambda: jax.random.uniform(key, (2,), jnp.int32))
show(lambda: jax.random.normal(key, (2,), jnp.int32))
show(lambda: jax.random.randint(key, (2,), 0, 10, jnp.float32))
show(lambda: jax.random.randint(key, (2,), jnp.zeros(3, jnp.int32), 10))
show(lambda: jax.random.bits(key, (2,), jnp.int32))
show(lambda: jax.random.bernoulli(key, 1, (2,)))
show(lambda: jax.random.bernoulli(key, jnp.full((3,), 0.5), (2,)))
show(lambda: jax.random.bernoulli(key, 0.5, (2,), mode="mid"))
show(lambda: jax.random.permutation(key, 2.5))
show(lambda: jax.random.permutation(key, jnp.arange(4), axis=2))
show(lambda: jax.random.choice(key, 3, 2))
show(lambda: jax.random.choice(key, 3, (4,), replace=False))
show(lambda: jax.random.choice(key, 0, (1,)))
show(lambda: jax.random.choice(key, 0, (0,)))
show(lambda: jax.random.exponential(key, (2,), jnp.int32))
show(lambda: jax.random.uniform(key, (2,), minval=jnp.zeros(3)))
