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


show(lambda: lax.cond(True, lambda x: x, lambda x: x.astype(jnp.int32), 1.0))
show(lambda: lax.cond(True, lambda x: (x, x), lambda x: x, 1.0))
show(lambda: lax.cond(True, lambda x: (x, x), lambda x: (x, x, x), 1.0))
show(lambda: lax.cond(True, lambda x: {"a": x}, lambda x: {"b": x}, 1.0))
show(lambda: lax.cond(True, lambda x: (x, jnp.ones(2)), lambda x: (x.astype(int), jnp.ones(3)), 1.0))
show(lambda: lax.cond(True, lambda x: {"a": x, "b": x}, lambda x: {"a": x, "b": jnp.ones(2)}, 1.0))
show(lambda: lax.cond(jnp.array([True, False]), lambda x: x, lambda x: x, 1.0))
show(lambda: jax.make_jaxpr(lambda p: lax.cond(p, lambda x: x, lambda x: x, 1.0))(jnp.ones(3)))
show(lambda: lax.cond([True], lambda x: x, lambda x: x, 1.0))
show(lambda: lax.cond(None, lambda: 1.0, lambda: 2.0))
show(lambda: lax.cond(True, 1.0, lambda: 2.0))
show(lambda: lax.cond(True, lambda x: x, lambda x: x, 1.0, operand=2.0))
show(lambda: lax.cond(True, lambda: 1.0, lambda: 2))
show(lambda: lax.cond("yes", lambda: 1.0, lambda: 2.0))
show(lambda: lax.cond(True, lambda a, b: (a, b), lambda a, b: (b, a), None, 1.0))
show(lambda: lax.scan(lambda c, x: ({"a": c["a"], "b": 1.0, "c": 2.0}, x), {"a": 0.0, "b": 1.0}, jnp.ones(2)))
show(lambda: lax.while_loop(lambda c: True, lambda c: {"a": c["a"], "z": 1.0}, {"a": 0.0, "b": 1.0}))
