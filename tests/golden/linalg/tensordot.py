import jax
import jax.numpy as jnp

a = jnp.arange(24.0).reshape(2, 3, 4)
b = jnp.arange(12.0).reshape(4, 3)
print(repr(jnp.tensordot(a, b, axes=1)))
print(repr(jnp.tensordot(a, b, axes=([1, 2], [1, 0]))))
print(repr(jnp.tensordot(a, b, axes=(1, 1))))
print(repr(jnp.tensordot(a, a, axes=3)), repr(jnp.tensordot(b, b, axes=0).shape))
print(jax.make_jaxpr(lambda x, y: jnp.tensordot(x, y, axes=1))(a, b))
print(jax.make_jaxpr(lambda x, y: jnp.tensordot(x, y, axes=([1, 2], [1, 0])))(a, b))
print(jax.make_jaxpr(lambda x, y: jnp.tensordot(x, y, axes=(-2, 1)))(a, b))
print(jax.make_jaxpr(lambda x, y: jnp.tensordot(x, y, axes=0))(b, b))
print(jax.make_jaxpr(jnp.tensordot)(a, jnp.ones((3, 4, 5))))
