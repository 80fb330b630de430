import jax
import jax.numpy as jnp

x = jnp.array([[1.0, 2.0, 4.0, 8.0], [0.5, 0.25, 3.0, 5.0]])
m = x > 1.0
print(repr(jnp.var(x, where=m)), repr(jnp.std(x, axis=1, where=m)))
print(repr(jnp.var(x, axis=1, mean=jnp.array([[2.0], [1.0]]))))
print(jax.make_jaxpr(lambda t, w: jnp.var(t, where=w))(x, m))
print(jax.make_jaxpr(lambda t, mu: jnp.var(t, axis=0, mean=mu))(x, jnp.ones((1, 4))))
print(jax.make_jaxpr(lambda t: jnp.std(t, ddof=1.5))(x))
