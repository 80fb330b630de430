import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6.0).reshape(2, 3)
print(repr(jax.vmap(lambda x: x * 2.0 + 1)(a)))
print(jax.make_jaxpr(jax.vmap(lambda x: x * 2.0 + 1))(a))
print(jax.make_jaxpr(jax.vmap(lambda x, s: x * s))(a, jnp.array([2.0, 3.0])))
print(repr(jax.vmap(lambda x, s: x * s)(a, jnp.array([2.0, 3.0]))))
print(jax.make_jaxpr(jax.vmap(lambda x, s: x * s, in_axes=(0, None)))(a, 3.0))
