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


def branch(x):
    if x > 0:
        return x
    return -x


show(lambda: lax.cond(True, branch, lambda x: x, 1.0))
show(lambda: lax.switch(0, [branch, branch], 1.0))
show(lambda: lax.while_loop(lambda c: c < 3, lambda c: int(c) + 1, 0))
show(lambda: lax.while_loop(lambda c: bool(c < 3), lambda c: c + 1, 0))
show(lambda: lax.scan(lambda c, x: (c + float(x), None), 0.0, jnp.ones(3)))
show(lambda: lax.fori_loop(0, 3, lambda i, v: v + jnp.zeros(int(i)), 0.0))
show(lambda: jax.jit(lambda n: lax.fori_loop(0, n, lambda i, v: v + jnp.zeros(int(i)), 0.0))(3))
show(lambda: lax.fori_loop(0, 3, lambda i, c: (c[0] + float(c[1]), c[1]), (0.0, 1.0)))
show(lambda: jax.make_jaxpr(lambda n: lax.scan(lambda c, x: (c, x), 0.0, None, length=n))(3))
saved = []
lax.cond(True, lambda x: saved.append(x) or x, lambda x: x, 1.0)
try:
    saved[0] + 1
except Exception as e:
    print(type(e).__name__)
    print(str(e).splitlines()[0])
