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


xs = jnp.arange(3.0)
show(lambda: lax.scan(lambda c, x: c + x, 0.0, xs))
show(lambda: lax.scan(lambda c, x: (c + x, x, x), 0.0, xs))
show(lambda: lax.scan(lambda c, x: (jnp.zeros(2), x), 0.0, xs))
show(lambda: lax.scan(lambda c, x: ((c, c), x), 0.0, xs))
show(lambda: lax.scan(lambda c, x: (c, x), 0.0, None))
show(lambda: lax.scan(lambda c, x: (c, x), 0.0, (jnp.ones(3), jnp.ones(4))))
show(lambda: lax.scan(lambda c, x: (c, x), 0.0, jnp.ones(3), length=4))
show(lambda: lax.scan(lambda c, x: (c, x), 0.0, jnp.ones(3), unroll=-1))
show(lambda: lax.scan(lambda c, x: (c, x), 0.0, 3.0))
show(lambda: lax.scan(3, 0.0, xs))
show(lambda: lax.scan(lambda c, x: ((c[0] + 1.0, c[1]), x), (0, 0.0), xs))
show(lambda: lax.scan(lambda carry, x: ({"a": carry["a"] + x, "b": x.astype(jnp.int32)}, x), {"a": 0.0, "b": 1.0}, xs))
show(lambda: lax.scan(lambda c, x: (c + x.astype(jnp.int32), x), jnp.int16(0), xs))
show(lambda: jax.make_jaxpr(lambda n: lax.scan(lambda c, x: (c, x), 0.0, None, length=n))(3))
show(lambda: lax.map(lambda x: (x, x), 3.0))
