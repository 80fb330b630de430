import jax.numpy as jnp


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
        print(str(e))


show(lambda: jnp.zeros(4 / 2))
show(lambda: jnp.ones((2.0, 3)))
show(lambda: jnp.full((2.0,), 1))
show(lambda: jnp.ones((2, 2.5)))
show(lambda: jnp.empty(3.0))
show(lambda: jnp.zeros((True,)))
show(lambda: jnp.zeros(2))
