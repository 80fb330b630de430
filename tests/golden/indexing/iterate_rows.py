# Iterating over an array indexes it row by row.
import jax
import jax.numpy as jnp

m = jnp.array([[1, 2], [3, 4], [5, 6]])
for row in m:
    print(repr(row))
print([int(v) for v in m[:, 1]])
a, b = jnp.array([10.0, 20.0])
print(repr(a), repr(b))
print(jax.make_jaxpr(lambda m: [r for r in m])(m))
