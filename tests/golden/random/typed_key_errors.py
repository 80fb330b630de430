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
show(lambda: key + 1)
show(lambda: jnp.add(key, 1))
show(lambda: jnp.multiply(2.0, key))
show(lambda: ks.reshape(2, 2))
show(lambda: jnp.stack([key, key]))
show(lambda: int(key))
show(lambda: float(key))
show(lambda: key.tolist())
show(lambda: ks[jnp.array([0, 2])])
show(lambda: jax.random.key_impl(key))
show(lambda: jax.random.key_impl(jax.random.PRNGKey(0)))
show(lambda: ks.T)
show(lambda: key.item())
show(lambda: bool(key))
