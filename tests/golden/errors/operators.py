import jax.numpy as jnp


def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__)
        print(str(e).splitlines()[0])


x = jnp.array([1.5, -2.0])
b = jnp.array([True, False])
i = jnp.array([3, -4])
show(lambda: ~x)
show(lambda: -b)
show(lambda: x << 1)
show(lambda: x >> i)
show(lambda: x & i)
show(lambda: b - b)
show(lambda: x % jnp.ones(3))
show(lambda: i ** -1)
show(lambda: ~b)
show(lambda: b + b)
show(lambda: b * b)
show(lambda: abs(b))
show(lambda: +b)
show(lambda: b // b)
show(lambda: i / 0)
show(lambda: i // 0)
