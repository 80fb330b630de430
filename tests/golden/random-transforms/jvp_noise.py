import jax
import jax.numpy as jnp

key = jax.random.key(19)
f = lambda x: x * jax.random.normal(jax.random.fold_in(key, 3), (3,))
x = jnp.arange(3.0)
print(jax.jvp(f, (x,), (jnp.ones(3),)))
print(jax.make_jaxpr(lambda x, t: jax.jvp(f, (x,), (t,)))(x, jnp.ones(3)))
print(jax.jacfwd(f)(x))
print(jax.jacrev(f)(x))
