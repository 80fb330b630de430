import jax.numpy as jnp


def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__)
        print(str(e).splitlines()[0])


x = jnp.ones((2, 3))
show(lambda: jnp.linalg.norm(x, ord=3))
show(lambda: jnp.linalg.norm(x, ord="foo"))
show(lambda: jnp.linalg.norm(jnp.ones((2, 2, 2)), axis=(0, 1, 2)))
show(lambda: jnp.linalg.norm(jnp.ones(3), ord="inf"))
show(lambda: jnp.linalg.norm(x, axis=2))
print(repr(jnp.linalg.norm(jnp.ones(4), ord=3)), repr(jnp.linalg.norm(jnp.array([1.0, 2.0, 2.0]), ord=-2)))
