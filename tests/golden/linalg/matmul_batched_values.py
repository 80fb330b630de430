import jax.numpy as jnp

x = jnp.arange(24.0).reshape(2, 3, 4) / 8
y = jnp.arange(8.0).reshape(4, 2) - 3
print(repr(x @ y))
print(repr(jnp.matmul(x, jnp.swapaxes(x, 1, 2))))
print(repr(jnp.matmul(jnp.arange(3.0), x)))
print(repr(jnp.matmul(x[:1, None], jnp.ones((3, 4, 1)))))
print(repr(jnp.matmul(jnp.arange(6).reshape(2, 3), jnp.arange(3))))
