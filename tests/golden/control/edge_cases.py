import numpy as np

import jax
import jax.numpy as jnp
from jax import lax

print(lax.cond(True, lambda a, b: (a, b), lambda a, b: (a, b * 2), None, 1.0))
print(lax.scan(lambda c, x: (c + x["a"], None), 0.0, {"a": jnp.ones(2), "b": None}))
print(lax.while_loop(lambda c: c[0] < 3, lambda c: (c[0] + 1, c[1] * 2), (0, np.float32(1.5))))
print(jax.make_jaxpr(lambda x: lax.while_loop(lambda c: c < 3, lambda c: c + 1, x))(np.int32(0)))
print(jax.make_jaxpr(lambda x: lax.cond(True, lambda v: v + 1, lambda v: v - 1, x))(1.0))
print(jax.jit(lambda x: lax.cond(False, lambda v: v + 1, lambda v: v - 1, x))(1.0))
print(lax.fori_loop(0.0, 3.0, lambda i, v: v + i, 0.0))
print(lax.scan(lambda c, x: (c + x, c), 0, jnp.arange(3), length=jnp.int32(3)))
print(lax.scan(lambda c, x: (c + x, c), 0, np.arange(3)))
print(jax.make_jaxpr(lambda x: lax.scan(lambda c, x: (c + x, c), 0, np.arange(3)))(1))
print(lax.map(lambda x: x + 1, np.arange(3.0)))
print(jax.make_jaxpr(lambda i, x: lax.switch(i, [lambda v: v, lambda v: v * 2], x))(np.int32(1), 2.0))
print(lax.cond(np.bool_(False), lambda: jnp.arange(2), lambda: jnp.zeros(2, jnp.int32)))
