import jax
import jax.numpy as jnp

print(repr(jnp.broadcast_to(jnp.arange(3), (2, 3))), repr(jnp.broadcast_to(1.0, (2,))))
print(repr(jnp.broadcast_to(jnp.ones((3, 1)), (2, 3, 4)).shape), repr(jnp.broadcast_to(jnp.arange(2), 2)))
a, b = jnp.broadcast_arrays(jnp.arange(3), jnp.ones((2, 1)))
print(repr(a), repr(b))
print(jnp.broadcast_arrays(jnp.ones(2), jnp.ones(2))[0].shape, type(jnp.broadcast_arrays(jnp.ones(2))))
print(jnp.broadcast_shapes((2, 1), (3,)), jnp.broadcast_shapes(3, (1, 3)), jnp.broadcast_shapes())
print(jax.make_jaxpr(lambda x: jnp.broadcast_to(x, (2, 3)))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.broadcast_to(x, (3,)))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.broadcast_to(x, (2, 3)))(2.0))
print(jax.make_jaxpr(lambda x, y: jnp.broadcast_arrays(x, y))(jnp.ones(3), jnp.ones((2, 1))))
print(jax.make_jaxpr(lambda x, y: jnp.broadcast_arrays(x, y))(jnp.ones(3), jnp.ones((2, 3))))
