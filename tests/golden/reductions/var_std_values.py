import jax.numpy as jnp

x = jnp.array([[1.0, 2.0, 4.0, 8.0], [0.5, 0.25, 3.0, 5.0]])
print(repr(jnp.var(x)), repr(jnp.std(x)))
print(repr(jnp.var(x, axis=1)), repr(jnp.std(x, axis=0)))
print(repr(jnp.var(x, axis=1, ddof=1)), repr(jnp.std(x, axis=1, correction=1)))
print(repr(jnp.var(x, axis=0, keepdims=True)))
print(repr(jnp.var(jnp.array([1, 2, 3, 4]))), repr(jnp.std(jnp.array([True, False, False, False]))))
print(repr(jnp.var(jnp.array([3.0]), ddof=1)))
print(repr(jnp.var(jnp.array([1.0, 2.0], dtype=jnp.float16))))
print(x.var(), x.std(axis=1))
