import jax
import jax.numpy as jnp

key = jax.random.PRNGKey(0)
print(repr(jax.random.pareto(key, 2.0)))
print(repr(jax.random.pareto(key, 3.0, (4,))))
print(repr(jax.random.pareto(key, jnp.array([1.0, 2.0, 5.0]))))
print(repr(jax.random.pareto(jax.random.key(1), 1.5, (2, 2), jnp.float16)))
print(repr(jax.random.lognormal(key)))
print(repr(jax.random.lognormal(key, 0.5, (4,))))
print(repr(jax.random.lognormal(key, jnp.array([0.1, 1.0]))))
print(repr(jax.random.lognormal(jax.random.key(2), 0.5, shape=(3,), dtype=jnp.bfloat16)))
try:
    jax.random.lognormal(jax.random.key(2), shape=(3,), dtype=jnp.bfloat16)
except ValueError as e:
    print(e)
print(jax.make_jaxpr(lambda k: jax.random.pareto(k, 2.0, (2,)))(key))
print(jax.make_jaxpr(lambda k, s: jax.random.lognormal(k, s, (2,)))(key, 0.5))
print(jax.make_jaxpr(lambda k: jax.random.lognormal(k, shape=(2,)))(key))
try:
    jax.random.pareto(key, jnp.ones(3), (2,))
except ValueError as e:
    print("ValueError", e)
