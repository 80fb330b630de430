# Errors of lax.dynamic_slice and lax.dynamic_update_slice.
import jax.numpy as jnp
from jax import lax

m = jnp.zeros((3, 4))
cases = [
    lambda: lax.dynamic_slice(m, (0,), (1, 1)),
    lambda: lax.dynamic_slice(m, (0, 0), (4, 1)),
    lambda: lax.dynamic_slice(m, (0, -1), (1, 1), allow_negative_indices=False),
    lambda: lax.dynamic_slice(m, (jnp.int32(0), jnp.int16(0)), (1, 1)),
    lambda: lax.dynamic_slice(m, (0, jnp.array([0])), (1, 1)),
    lambda: lax.dynamic_update_slice(m, jnp.zeros(2), (0, 0)),
    lambda: lax.dynamic_update_slice(m, jnp.zeros((4, 1)), (0, 0)),
    lambda: lax.dynamic_update_slice(m, jnp.zeros((1, 1), jnp.int32), (0, 0)),
    lambda: lax.dynamic_slice(m, jnp.zeros((2, 1), jnp.int32), (1, 1)),
]
for f in cases:
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, "|", str(e).splitlines()[0])
