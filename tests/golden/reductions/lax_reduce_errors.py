import jax.numpy as jnp
from jax import lax


def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__)
        print(str(e).splitlines()[0])


x = jnp.arange(12.0).reshape(3, 4)
show(lambda: lax.reduce_sum(x, (2,)))
show(lambda: lax.reduce_max(x, (0, 0)))
show(lambda: lax.reduce_sum(x > 1, (0,)))
show(lambda: lax.reduce_prod(x > 1, (0,)))
show(lambda: lax.reduce_and(x, (0,)))
show(lambda: lax.reduce_or(x, (1,)))
show(lambda: lax.argmax(x, 2, jnp.int32))
show(lambda: lax.argmin(x, 0, jnp.float32))
show(lambda: lax.argmax(jnp.zeros((0, 3)), 0, jnp.int32))
show(lambda: lax.cumsum(x, axis=-1))
show(lambda: lax.cumprod(x, axis=2))
show(lambda: lax.cummax(x > 1))
show(lambda: lax.reduce_sum(2.0, (0,)))
