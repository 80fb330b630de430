import jax.numpy as jnp


def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__)
        print(str(e).splitlines()[0])


a = jnp.ones((3, 4))
show(lambda: jnp.einsum("ij,jk->ik", a, a))
show(lambda: jnp.einsum("ij->ii", a))
show(lambda: jnp.einsum("ijk->i", a))
show(lambda: jnp.einsum("ij->k", a))
show(lambda: jnp.einsum("ij,jk", a))
show(lambda: jnp.einsum("ij->i->j", a))
show(lambda: jnp.einsum("i..j->i", a))
show(lambda: jnp.einsum("...ijk->i", a))
