import jax
import jax.numpy as jnp

x = jnp.arange(12.0).reshape(3, 4)
print(repr(jnp.sum(x, where=x > 4)))
print(repr(jnp.sum(x, axis=1, where=x > 4)))
print(repr(jnp.sum(x, initial=100)))
print(repr(jnp.sum(x, axis=0, initial=0.5, where=x < 6)))
print(repr(jnp.prod(x + 1, axis=1, where=x < 2)))
print(jax.make_jaxpr(lambda t: jnp.sum(t, where=t > 4))(x))
print(jax.make_jaxpr(lambda t: jnp.sum(t, initial=100))(x))
print(jax.make_jaxpr(lambda t, w: jnp.sum(t, axis=0, where=w))(x, x > 2))
print(jax.make_jaxpr(lambda t, i: jnp.sum(t, initial=i))(x, 1.5))
