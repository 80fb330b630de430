import jax
import jax.numpy as jnp


def show(f, *args):
    try:
        f(*args)
        print("no error")
    except Exception as e:
        print(type(e).__name__)
        print(str(e).splitlines()[0])


x = jnp.arange(6.0)
show(lambda: x.reshape(4))
show(lambda: x.reshape(-1, -1))
show(lambda: x.reshape(4, -1))
show(lambda: x.reshape((2, 2)))
show(lambda: jnp.reshape([1, 2], (2,)))
show(lambda: jnp.reshape(x, (2, 3), order="A"))
show(lambda: jnp.reshape(x, (2, 3), order="Z"))
show(jax.make_jaxpr(lambda x: x.reshape(x[0], 2)), jnp.arange(4))
show(lambda: x.reshape(0, -1))
show(lambda: jnp.ravel(x, order="K"))
