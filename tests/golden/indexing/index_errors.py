# The exceptions JAX raises for malformed indices.
import jax
import jax.numpy as jnp

x = jnp.arange(5.0)
m = jnp.array([[1.0, 2.0], [3.0, 4.0]])
cases = [
    lambda: m[1, 0, 0],
    lambda: m[..., ...],
    lambda: x[1.0],
    lambda: x["a"],
    lambda: x[[0, 1]],
    lambda: x[[0, slice(None)]],
    lambda: x[(jnp.array([0.5]),)],
    lambda: x[jnp.array([True, False])],
    lambda: x[::0],
    lambda: jnp.zeros((0, 3))[0],
    lambda: jax.make_jaxpr(lambda x, i: x[1:i])(x, 3),
    lambda: jax.make_jaxpr(lambda x, i: x[i:])(x, jnp.int32(3)),
]
for f in cases:
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, "|", str(e).splitlines()[0])
