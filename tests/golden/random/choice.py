import jax
import jax.numpy as jnp

key = jax.random.PRNGKey(0)
print(repr(jax.random.choice(key, 5)))
print(repr(jax.random.choice(key, 5, (3,))))
print(repr(jax.random.choice(key, 5, (2, 3))))
print(repr(jax.random.choice(key, 5, (3,), replace=False)))
print(repr(jax.random.choice(key, 5, (5,), replace=False)))
a = jnp.array([10.0, 20.0, 30.0, 40.0])
print(repr(jax.random.choice(key, a, (6,))))
print(repr(jax.random.choice(key, a, (2,), replace=False)))
m = jnp.arange(12).reshape(3, 4)
print(repr(jax.random.choice(key, m, (2,))))
print(repr(jax.random.choice(key, m, (2,), axis=1)))
print(repr(jax.random.choice(key, m, (2,), replace=False, axis=1)))
print(repr(jax.random.choice(key, m, (0,))))
print(repr(jax.random.choice(jax.random.key(3), 10, (4,))))
