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
k2 = jax.random.split(jax.random.key(1), 4)
show(lambda: ks[None])
show(lambda: jnp.broadcast_to(key, (3,)))
show(lambda: jnp.where(jnp.array([True, False, True, False]), ks, k2))
show(lambda: jax.jit(lambda ks, i: ks[i])(ks, 2))
show(lambda: ks[::-1])
show(lambda: jax.random.split(key, 6).reshape(2, 3).T)
show(lambda: jnp.stack([ks, k2], axis=1))
show(lambda: jax.lax.dynamic_slice(ks, (1,), (2,)))
show(lambda: jnp.take(ks, jnp.array([3, 0])))
show(lambda: jax.jit(lambda k: jnp.where(True, k, jax.random.fold_in(k, 1)))(key))
