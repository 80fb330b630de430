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
u = jnp.array([1, 2], jnp.uint32)
show(lambda: lax.sin(i))
show(lambda: lax.exp(b))
show(lambda: lax.floor(i))
show(lambda: lax.abs(u))
show(lambda: lax.neg(b))
show(lambda: lax.sign(b))
show(lambda: lax.cbrt(i))
show(lambda: lax.is_finite(i))
show(lambda: lax.bitwise_not(f))
show(lambda: lax.square(b))
show(lambda: lax.add(b, b))
show(lambda: lax.rem(b, b))
show(lambda: lax.shift_right_logical(f, f))
show(lambda: lax.pow(i, i))
show(lambda: lax.integer_pow(i, -2))
show(lambda: lax.erf_inv(i))
show(lambda: lax.round(i))
