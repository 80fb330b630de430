import jax
import jax.numpy as jnp
from jax import lax

def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__)
        print(str(e))
show(lambda: jax.vmap(lambda a, b: a + b, in_axes=(0, 0, 0))(jnp.ones(3), jnp.ones(3)))
show(lambda: jax.vmap(lambda a, b: a + b, in_axes=(0, 1))(jnp.ones(3), jnp.ones(3)))
show(lambda: jax.vmap(lambda a: a, in_axes=None)(jnp.ones(3)))
show(lambda: jax.vmap(lambda: 1.0)())
show(lambda: jax.vmap(lambda x: x, out_axes=2)(jnp.ones((3, 2))))
show(lambda: jax.vmap(lambda x: x, in_axes=-3)(jnp.ones((3, 2))))
show(lambda: jax.vmap(lambda x: x, in_axes="a")(jnp.ones((3, 2))))
show(lambda: jax.vmap(lambda x: x, out_axes=None)(jnp.ones((3, 2))))
show(lambda: jax.vmap(lambda x: (x, x), out_axes=(0, None))(jnp.ones((3, 2))))
show(lambda: jax.vmap(lambda x: x, in_axes=1)(2.0))
show(lambda: jax.vmap(3))
