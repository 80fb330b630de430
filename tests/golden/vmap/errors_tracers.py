import jax
import jax.numpy as jnp
from jax import lax

def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__)
        print(str(e).splitlines()[0])
show(lambda: jax.vmap(lambda x: jnp.arange(x))(jnp.arange(3)))
show(lambda: jax.vmap(lambda x: x if x > 0 else -x)(jnp.arange(3.0)))
show(lambda: jax.vmap(lambda x: int(x))(jnp.arange(3.0)))
show(lambda: jax.vmap(lambda x: float(x))(jnp.ones(3)))
show(lambda: jax.vmap(lambda x: jnp.zeros(x))(jnp.arange(3)))
