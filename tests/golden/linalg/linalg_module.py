import jax
import jax.numpy as jnp

a = jnp.arange(6.0).reshape(2, 3)
s = jnp.arange(9.0).reshape(3, 3)
print(repr(jnp.linalg.matmul(a, s)), repr(jnp.linalg.outer(jnp.arange(2.0), jnp.arange(3.0))))
print(repr(jnp.linalg.tensordot(a, a, axes=2)), repr(jnp.linalg.matrix_transpose(a)))
print(repr(jnp.linalg.trace(s)), repr(jnp.linalg.trace(s, offset=1)), repr(jnp.linalg.matrix_norm(s)))
print(jax.make_jaxpr(jnp.linalg.trace)(s))
print(jax.make_jaxpr(jnp.linalg.matrix_norm)(s))
print(jax.make_jaxpr(jnp.linalg.matrix_transpose)(jnp.ones((2, 3, 4))))
print(jax.make_jaxpr(jnp.linalg.outer)(jnp.arange(2.0), jnp.arange(3)))
try:
    jnp.linalg.outer(a, a)
except ValueError as e:
    print(type(e).__name__)
    print(str(e).splitlines()[0])
