import jax
import jax.numpy as jnp

def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[0])

key = jax.random.key(0)
ks = jax.random.split(key, 4)
show(lambda: jax.tree_util.tree_leaves({"k": key, "x": 1}))
show(lambda: jax.tree_util.tree_map(lambda k: jax.random.normal(k), [key, key]))
show(lambda: jnp.where(True, key, key))
show(lambda: jnp.zeros_like(key))
show(lambda: jnp.concatenate([ks, ks]))
show(lambda: ks.reshape(-1))
show(lambda: ks[None])
show(lambda: jnp.expand_dims(key, 0))
show(lambda: jax.jit(lambda k: k)(key))
show(lambda: jax.jit(lambda k: (k, jax.random.split(k)))(key))
show(lambda: jax.block_until_ready(key))
show(lambda: jax.random.split(key, jnp.int32(3)))
show(lambda: jnp.asarray(key))
show(lambda: key.astype(jnp.uint32))
show(lambda: ks.at[0].set(key))
show(lambda: jax.random.key(jnp.uint32(4)))
show(lambda: jax.random.key(jnp.int8(-4)))
show(lambda: jax.random.PRNGKey(jnp.uint8(200)))
show(lambda: print(jax.make_jaxpr(lambda k: jax.random.key_data(jax.random.split(k)[1]))(key)))
