# The TypeErrors of lax.slice's shape rule, and lax.index_in_dim's IndexError.
import jax.numpy as jnp
from jax import lax

m = jnp.zeros((3, 4))
cases = [
    lambda: lax.slice(m, (0,), (1,)),
    lambda: lax.slice(m, (0, 0), (4, 4)),
    lambda: lax.slice(m, (2, 0), (1, 4)),
    lambda: lax.slice(m, (-1, 0), (1, 4)),
    lambda: lax.slice(m, (0, 0), (3, 4), (1,)),
    lambda: lax.index_in_dim(m, 3),
    lambda: lax.index_in_dim(m, -5, axis=1),
]
for f in cases:
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, "|", str(e).splitlines()[0])
