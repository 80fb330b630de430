import jax.numpy as jnp


def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__)
        print(str(e).splitlines()[0])


a = jnp.ones((3, 4))
show(lambda: jnp.dot(a, a))
show(lambda: jnp.matmul(a, a))
show(lambda: a @ jnp.ones(3))
show(lambda: jnp.matmul(a, 2.0))
show(lambda: jnp.matmul(jnp.ones((2, 3, 4)), jnp.ones((3, 4, 5))))
show(lambda: jnp.tensordot(a, a, 3))
show(lambda: jnp.tensordot(a, a, ([0], [0, 1])))
show(lambda: jnp.tensordot(a, a, (0, [1])))
show(lambda: jnp.inner(a, jnp.ones(3)))
show(lambda: jnp.vdot(a, jnp.ones(3)))
show(lambda: jnp.dot([1.0], [2.0]))
