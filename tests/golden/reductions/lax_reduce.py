import jax
import jax.numpy as jnp
from jax import lax

x = jnp.array([[1.0, -2.0, 3.0], [4.0, 5.0, -6.0]])
i = jnp.array([[12, 10], [6, 3]])
b = jnp.array([[True, False], [True, True]])
print(repr(lax.reduce_sum(x, (0,))), repr(lax.reduce_prod(x, (1,))), repr(lax.reduce_max(x, (0, 1))))
print(repr(lax.reduce_min(x, [1])), repr(lax.reduce_sum(x, ())))
print(repr(lax.reduce_and(i, (0,))), repr(lax.reduce_or(i, (1,))), repr(lax.reduce_xor(i, (0, 1))))
print(repr(lax.reduce_and(b, (1,))), repr(lax.reduce_or(b, (0,))), repr(lax.reduce_xor(b, (0,))))
print(repr(lax.reduce_sum(2.0, ())))
print(jax.make_jaxpr(lambda t: lax.reduce_sum(t, (0, 1)))(x))
print(jax.make_jaxpr(lambda t: lax.reduce_max(t, (1,)))(x))
print(jax.make_jaxpr(lambda t: (lax.reduce_and(t, (0,)), lax.reduce_xor(t, (1,))))(i))
print(jax.make_jaxpr(lambda t: lax.reduce_sum(t, ()))(2.0))
print(jax.make_jaxpr(lambda t: lax.reduce_prod(t, (0,)))(jnp.ones(3, jnp.float16)))
