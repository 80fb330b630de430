import jax
import jax.numpy as jnp

key = jax.random.key(0)
kd = key.dtype
print(repr(jnp.zeros(2, kd)))
print(repr(jnp.ones((2, 1), dtype=kd)))
print(repr(jnp.zeros_like(key)))
print(repr(jnp.full((2,), 7, dtype=kd)))
print(jax.make_jaxpr(lambda k: jnp.zeros_like(k))(key))
print(jax.make_jaxpr(lambda: jnp.ones(3, kd))())
