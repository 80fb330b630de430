import jax
import jax.numpy as jnp
from jax import lax

a = jnp.array([[1.5, -2.25, 3.0], [0.5, 4.0, -1.0]])
print(repr(jax.vmap(lambda x: jnp.array(x) + lax.stop_gradient(x))(a)))
print(jax.make_jaxpr(jax.vmap(lambda x: jnp.array(x) + lax.stop_gradient(x)))(a))
print(jax.vmap(lambda x: jnp.unstack(x))(a))
print(jax.make_jaxpr(jax.vmap(lambda x: jnp.unstack(x), in_axes=1))(a))
print(repr(jax.vmap(lambda x, y: lax.nextafter(x, y), in_axes=(0, None))(a, jnp.zeros(3))))
print(jax.make_jaxpr(jax.vmap(lambda x: lax.expm1(x) * lax.rsqrt(jnp.abs(x)) + lax.erf(x)))(a))
print(repr(jax.vmap(lambda x: lax.atan2(x, 2.0))(a)))
print(jax.make_jaxpr(jax.vmap(lambda x: lax.rem(x, 2.0) + lax.pow(jnp.abs(x), 0.5)))(a))
print(repr(jax.vmap(lambda x: jnp.stack([x, x], axis=1), in_axes=1)(a)))
print(jax.make_jaxpr(jax.vmap(lambda x, y: jnp.stack([x, y], axis=1), in_axes=(0, 1)))(a, a.T))
