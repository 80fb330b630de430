import jax
import jax.numpy as jnp
from jax import lax

def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__)
        print(str(e))
show(lambda: jax.vmap(lambda a, b: a + b)(jnp.ones(3), jnp.ones(4)))
show(lambda: jax.vmap(lambda a, b: a + b)(jnp.ones((3, 2)), b=jnp.ones(4)))
show(lambda: jax.vmap(lambda a, b, c: a + b)(jnp.ones(3), jnp.ones(4), jnp.ones(4)))
show(lambda: jax.vmap(lambda x: x.sum(), axis_size=4)(jnp.ones((3, 2))))
show(lambda: jax.vmap(lambda p: p["a"])({"a": jnp.ones(2), "b": jnp.ones(5)}))
