import re

import jax
import jax.numpy as jnp
from jax import lax


def show(fn):
    try:
        fn()
        print("no error")
    except Exception as e:
        print(type(e).__name__)
        print(re.sub(r" at \S+:(\d+)", r" at FILE:\1", str(e)))


show(lambda: lax.while_loop(lambda c: c < 3, lambda c: jnp.float32(c), jnp.int32(0)))
show(lambda: lax.while_loop(lambda c: c, lambda c: c, 1.0))
show(lambda: lax.while_loop(lambda c: (c < 3, c), lambda c: c, 1.0))
show(lambda: lax.while_loop(lambda c: jnp.ones(2) > 0, lambda c: c, 1.0))
show(lambda: lax.while_loop(lambda c: c[0] < 3, lambda c: (c[0] + 1,), (0, 1.0)))
show(lambda: lax.while_loop(lambda c: c[0] < 3, lambda c: [c[0] + 1, c[1]], (0, 1.0)))
show(lambda: lax.while_loop(lambda c: c["a"] < 3, lambda c: {"a": c["a"] + 1, "b": jnp.ones(2)}, {"a": 0, "b": 1.0}))
show(lambda: lax.while_loop(lambda c: c < 3, 1, 0))


def body(carry):
    return carry + jnp.ones(2)


show(lambda: lax.while_loop(lambda c: True, body, 1.0))
show(lambda: lax.fori_loop(0, 3, 1, 0))
show(lambda: lax.fori_loop(jnp.int32(0), jnp.int16(3), lambda i, x: x, 1.0))
show(lambda: lax.fori_loop(0, 3.0, lambda i, x: x, 1.0))
show(lambda: jax.make_jaxpr(lambda n: lax.fori_loop(0, n, lambda i, x: x, 1.0, unroll=2))(3))
show(lambda: lax.fori_loop(0, 3, lambda i, x: x * 1.5, 1))
