import jax
import jax.numpy as jnp

key = jax.random.PRNGKey(0)
for f in [jax.random.cauchy, jax.random.laplace, jax.random.logistic]:
    print(f.__name__, repr(f(key, (5,))))
    print(f.__name__, repr(f(jax.random.key(2), (2, 2), jnp.float16)))
    print(f.__name__, repr(f(key)))
print(repr(jax.random.rademacher(key, (8,))))
print(repr(jax.random.rademacher(key, (2, 3), jnp.float32)))
print(repr(jax.random.rademacher(jax.random.key(1), (4,), jnp.int8)))
print(jax.make_jaxpr(lambda k: jax.random.cauchy(k, (2,)))(key))
print(jax.make_jaxpr(lambda k: jax.random.laplace(k, (2,)))(key))
print(jax.make_jaxpr(lambda k: jax.random.logistic(k, (2,), jnp.bfloat16))(key))
print(jax.make_jaxpr(lambda k: jax.random.rademacher(k, (2,)))(key))
