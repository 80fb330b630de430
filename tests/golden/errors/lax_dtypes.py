import jax.numpy as jnp
from jax import lax


def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__)
        print(str(e).splitlines()[0])


f = jnp.array([1.0, 2.0])
i = jnp.array([1, 2])
b = jnp.array([True, False])
show(lambda: lax.add(jnp.float32(1), jnp.int32(1)))
show(lambda: lax.sub(f, i))
show(lambda: lax.mul(i, 2.0))
show(lambda: lax.div(f, b))
show(lambda: lax.max(f, True))
show(lambda: lax.eq(f, i))
show(lambda: lax.ne(i, jnp.uint8(1)))
show(lambda: lax.atan2(f, i))
show(lambda: lax.rem(i, f))
show(lambda: lax.bitwise_and(i, b))
show(lambda: lax.select(f > 1, f, i))
show(lambda: lax.clamp(0, f, 1))
show(lambda: lax.pow(f, jnp.array([1.0], jnp.float16)))
show(lambda: lax.nextafter(f, i))
show(lambda: lax.shift_left(i, jnp.uint32(1)))
