# Slice bounds may be Python ints, bools or concrete integer arrays; anything else is refused.
import jax
import jax.numpy as jnp

x = jnp.arange(6.0)
cases = [
    lambda: x[jnp.array(1):jnp.array(4)],
    lambda: x[1:jnp.int32(5):jnp.array(2)],
    lambda: x[True:3],
    lambda: x[1.5:3],
    lambda: x[:3.0],
    lambda: x[jnp.array(1.0):3],
    lambda: x[jnp.array([1]):3],
    lambda: x[::jnp.array(0)],
]
for f in cases:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, "|", str(e).splitlines()[0])
lo, hi = jnp.array(1), jnp.array(-1)
print(jax.make_jaxpr(lambda x: x[lo:hi])(x))
