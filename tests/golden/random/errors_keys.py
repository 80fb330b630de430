import jax
import jax.numpy as jnp

def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[0])

key = jax.random.key(0)
show(lambda: jax.random.key(jnp.array([1, 2])))
show(lambda: jax.random.PRNGKey(jnp.zeros((2, 2), jnp.int32)))
show(lambda: jax.random.key(key))
show(lambda: jax.random.key(1.5))
show(lambda: jax.random.key(2**64))
show(lambda: jax.random.key(0, impl="foo"))
show(lambda: jax.random.key(0, impl="threefry2x32", dtype="threefry2x32"))
show(lambda: jax.random.normal([0, 0], (2,)))
show(lambda: jax.random.normal(jnp.zeros(2, jnp.int32), (2,)))
show(lambda: jax.random.normal(jax.random.split(key), (2,)))
show(lambda: jax.random.normal(jax.random.split(jax.random.PRNGKey(0)), (2,)))
show(lambda: jax.random.split(jax.random.split(key), 2))
show(lambda: jax.random.fold_in(key, jnp.arange(3)))
show(lambda: jax.random.key_data(jnp.zeros(2, jnp.float32)))
show(lambda: jax.random.wrap_key_data(jnp.zeros(2, jnp.int32)))
show(lambda: jax.random.wrap_key_data(jnp.zeros((), jnp.uint32)))
show(lambda: jax.random.wrap_key_data(jnp.zeros(2, jnp.uint32), impl="threefry2x32", dtype="x"))
show(lambda: bool(key))
show(lambda: len(key))
show(lambda: jax.random.key_data(jax.random.split(key, 2)).shape)
