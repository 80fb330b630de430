import jax.numpy as jnp


def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__)
        print(str(e).splitlines()[0])


x = jnp.array([1.0, 2.0])
show(lambda: jnp.where(x > 1, 1.0))
show(lambda: jnp.where(x > 1, None, 2))
show(lambda: jnp.where(x > 1, 1, 2, size=3))
show(lambda: jnp.where(True, jnp.ones(3), jnp.ones(4)))
show(lambda: jnp.clip())
show(lambda: jnp.clip([1, 2], 0))
show(lambda: jnp.round(jnp.array([1, 2]), -1))
show(lambda: jnp.round(jnp.array([True])))
show(lambda: jnp.negative(jnp.array([True])))
show(lambda: jnp.sign(jnp.array([True])))
show(lambda: jnp.subtract(jnp.array([True]), True))
show(lambda: jnp.invert(x))
show(lambda: jnp.left_shift(x, 1))
show(lambda: jnp.power(jnp.array([2]), -1))
show(lambda: jnp.sin([1.0, 2.0]))
show(lambda: jnp.add(x, jnp.ones(3)))
show(lambda: jnp.fix)
