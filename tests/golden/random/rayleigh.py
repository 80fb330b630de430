import jax
import jax.numpy as jnp

key = jax.random.PRNGKey(0)
print(repr(jax.random.rayleigh(key, 1.0)))
print(repr(jax.random.rayleigh(key, 2.0, (4,))))
print(repr(jax.random.rayleigh(key, jnp.array([1.0, 10.0]))))
print(repr(jax.random.rayleigh(jax.random.key(3), 0.5, (2, 2), jnp.float16)))
print(jax.make_jaxpr(lambda k: jax.random.rayleigh(k, 2.0, (2,)))(key))
print(jax.make_jaxpr(lambda k, s: jax.random.rayleigh(k, s))(key, jnp.ones(3)))
try:
    jax.random.rayleigh(key, jnp.float32(1), (2,), jnp.float16)
except ValueError as e:
    print("ValueError", e)
