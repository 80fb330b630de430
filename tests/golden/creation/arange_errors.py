import jax
import jax.numpy as jnp


def show(f, *args):
    try:
        f(*args)
        print("no error")
    except Exception as e:
        print(type(e).__name__)
        print("\n".join(str(e).splitlines()[:2]))


show(jax.make_jaxpr(lambda n: jnp.arange(n)), 3)
show(jax.make_jaxpr(lambda n: jnp.arange(1, n)), 3)
show(jax.make_jaxpr(lambda n: jnp.arange(n, 5)), 3)
show(jax.make_jaxpr(lambda n: jnp.arange(0, 5, n)), 1)
show(lambda: jnp.arange(jnp.ones(3)))
show(lambda: jnp.arange(True))
show(lambda: jnp.arange(2, dtype=bool))
try:
    jnp.arange(1, 2, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
