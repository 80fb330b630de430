import jax
import jax.numpy as jnp


def show(f, *args):
    try:
        f(*args)
        print("no error")
    except Exception as e:
        print(type(e).__name__)
        print(str(e).splitlines()[0])


show(lambda: jnp.zeros(-1))
show(lambda: jnp.zeros((2, 3.5)))
show(jax.make_jaxpr(lambda n: jnp.zeros(n)), 3)
show(jax.make_jaxpr(lambda n: jnp.ones((2, n))), 3)
show(lambda: jnp.eye(-1))
show(jax.make_jaxpr(lambda n: jnp.eye(n)), 3)
show(lambda: jnp.linspace(0, 1, -1))
show(jax.make_jaxpr(lambda n: jnp.linspace(0, 1, n)), 3)
show(lambda: jnp.full((2,), [1, 2, 3]))
show(lambda: jnp.array([1, [2]]))
show(lambda: jnp.astype(jnp.ones(2), "foo"))
show(lambda: jnp.zeros_like([1, 2]))
show(lambda: jnp.array(1.0, order="F"))
