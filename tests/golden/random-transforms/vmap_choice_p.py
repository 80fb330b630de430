import jax
import jax.numpy as jnp

keys = jax.random.split(jax.random.PRNGKey(6), 3)
p = jnp.array([0.1, 0.2, 0.3, 0.4])
f = jax.vmap(lambda k: jax.random.choice(k, 4, (3,), replace=False, p=p))
print(repr(f(keys)))
print(jax.make_jaxpr(f)(keys))
