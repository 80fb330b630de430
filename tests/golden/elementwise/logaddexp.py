import jax
import jax.numpy as jnp

a = jnp.array([0.0, 1.0, -jnp.inf, jnp.inf, 100.0, -100.0, jnp.nan])
b = jnp.array([0.0, 2.0, -jnp.inf, jnp.inf, 0.0, -101.0, 1.0])
print(repr(jnp.logaddexp(a, b)))
print(repr(jnp.logaddexp2(a, b)))
print(repr(jnp.logaddexp(jnp.array([1, 2]), 3)), repr(jnp.logaddexp(0.0, 0.0)))
print(jax.make_jaxpr(jnp.logaddexp)(a, b))
print(jax.make_jaxpr(lambda x, y: jnp.logaddexp(x, y) * jnp.logaddexp(x, y))(a, b))
print(jax.make_jaxpr(lambda x: jnp.logaddexp(x, 0) + jnp.logaddexp(x, 0.0))(a))
print(jax.make_jaxpr(jnp.logaddexp2)(jnp.array([1, 2]), jnp.array([3, 4])))
