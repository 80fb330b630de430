import jax.numpy as jnp
import jax
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__)
        print(str(e))
show(lambda: jax.vmap(lambda x: x, in_axes=({'a': 0},))({'a': jnp.ones(3), 'b': jnp.ones(3)}))
show(lambda: jax.vmap(lambda x: x, in_axes=((0, 0),))(jnp.ones(3)))
show(lambda: jax.vmap(lambda x, y: x, in_axes=(0, (0, None)))(jnp.ones(3), (jnp.ones(3), jnp.ones(3), jnp.ones(3))))
show(lambda: jax.vmap(lambda x: (x, x), out_axes=(0, 0, 0))(jnp.ones(3)))
show(lambda: jax.vmap(lambda x: {'a': x}, out_axes=[0])(jnp.ones(3)))
show(lambda: jax.vmap(lambda x, y: x, in_axes=(0, [0, 0]))(jnp.ones(3), (jnp.ones(3), jnp.ones(3))))
