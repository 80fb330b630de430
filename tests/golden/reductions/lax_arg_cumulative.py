import jax
import jax.numpy as jnp
from jax import lax

x = jnp.array([[1.0, 7.0, 3.0], [4.0, -5.0, 6.0]])
print(repr(lax.argmax(x, 1, jnp.int32)), repr(lax.argmin(x, 0, jnp.int32)), repr(lax.argmax(x, 0, jnp.int8)))
print(repr(lax.cumsum(x, axis=1)), repr(lax.cumsum(x, axis=1, reverse=True)))
print(repr(lax.cumprod(x)), repr(lax.cummax(x, axis=1)), repr(lax.cummin(x, axis=0, reverse=True)))
print(repr(lax.cumlogsumexp(jnp.array([0.0, 1.0, 2.0]))))
print(repr(lax.cumsum(jnp.array([1, 2, 3], dtype=jnp.uint8))))
print(jax.make_jaxpr(lambda t: lax.argmax(t, 1, jnp.int32))(x))
print(jax.make_jaxpr(lambda t: lax.argmin(t, 0, jnp.uint8))(x))
print(jax.make_jaxpr(lambda t: lax.cumsum(t, axis=1, reverse=True))(x))
print(jax.make_jaxpr(lambda t: (lax.cummax(t), lax.cummin(t, 1), lax.cumprod(t, 0, True)))(x))
print(jax.make_jaxpr(lambda t: lax.cumlogsumexp(t, 0))(2.0 * x))
