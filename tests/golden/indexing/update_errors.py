# Errors of indexed updates.
import jax
import jax.numpy as jnp

x = jnp.arange(5.0)
cases = [
    lambda: x.at[0:2].set(jnp.ones(3)),
    lambda: x.at[0:2].set(jnp.ones((2, 2))),
    lambda: x.at[x > 2].set(jnp.ones(3)),
    lambda: x.at[1.5].set(0.0),
    lambda: x.at[0, 0].set(0.0),
    lambda: x.at[0].get(mode='bogus'),
    lambda: x.at[jnp.array([0, 9])].get(mode='fill', fill_value=jnp.ones(2)),
]
for f in cases:
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, "|", str(e).splitlines()[0])
try:
    x[0] = 1.0
except TypeError as e:
    print(str(e).splitlines()[0])
