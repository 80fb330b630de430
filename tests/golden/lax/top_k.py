import jax
import jax.numpy as jnp

x = jnp.array([[1.0, 5, 3], [2, 2, 9]])
print(jax.lax.top_k(x, 2))
print(jax.lax.top_k(x, 1, axis=0))
print(jax.make_jaxpr(lambda x: jax.lax.top_k(x, 2))(x))
print(jax.lax.top_k(jnp.array([1.0, jnp.nan, 3, -jnp.inf, 3]), 5))
print(jax.lax.top_k(jnp.array([3, 1, 3, 2], jnp.int8), 3))
print(jax.make_jaxpr(lambda x: jax.lax.top_k(x, 2))(1.0 * jnp.ones(3)))
print(jax.lax.top_k(jnp.arange(24.0).reshape(2, 3, 4) % 5, 2, axis=1))
print(jax.lax.top_k(jnp.arange(5), 0))
for f in [lambda: jax.lax.top_k(x, 4), lambda: jax.lax.top_k(jnp.float32(1), 1), lambda: jax.lax.top_k(x, -1),
          lambda: jax.lax.top_k(x, 1, axis=2)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
