import jax.numpy as jnp

print(repr(jnp.linspace(0.0, 1.0, 5)))
print(repr(jnp.linspace(0, 10, 4)))
print(repr(jnp.linspace(0, 1, 4, endpoint=False)))
print(repr(jnp.linspace(2, 3, 1)), repr(jnp.linspace(2, 3, 0)))
print(repr(jnp.linspace(0, 10, 5, dtype=jnp.int32)))
r, step = jnp.linspace(0.0, 2.0, 5, retstep=True)
print(repr(r), repr(step))
print(repr(jnp.linspace(jnp.array([0.0, 1.0]), jnp.array([1.0, 3.0]), 3)))
print(repr(jnp.linspace(jnp.array([0.0, 1.0]), 2.0, 3, axis=1)))
print(repr(jnp.linspace(0, 1, 3, endpoint=False, retstep=True)[1]))
print(len(jnp.linspace(-1, 1)))
