import jax
import jax.numpy as jnp

a = jnp.array([7, -7, 7, -7, 5])
b = jnp.array([3, 3, -3, -3, 0])
print(repr(jnp.fmod(a, b)), repr(jnp.fmod(jnp.array([7.5, -7.5, 1.0]), jnp.array([2.0, 2.0, 0.0]))))
print(repr(jnp.divmod(a, b)))
print(repr(divmod(jnp.array([7.5, -7.5]), 2.0)), repr(divmod(7, jnp.array([2, -2]))))
print(jax.make_jaxpr(jnp.fmod)(a, b))
print(jax.make_jaxpr(jnp.fmod)(1.0, 2))
print(jax.make_jaxpr(jnp.divmod)(a, b))
print(jax.make_jaxpr(lambda x, y: divmod(x, y))(jnp.ones(2), jnp.ones(2)))
