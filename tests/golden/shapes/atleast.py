import jax
import jax.numpy as jnp

print(repr(jnp.atleast_1d(1.0)), repr(jnp.atleast_2d(jnp.arange(2))), repr(jnp.atleast_3d(3).shape))
print(jnp.atleast_1d(1, 2.0))
print(repr(jnp.atleast_3d(jnp.ones((2, 3))).shape), repr(jnp.atleast_3d(jnp.ones(2)).shape))
print(repr(jnp.atleast_2d(jnp.ones((2, 2, 2))).shape), jnp.atleast_1d())
print(jax.make_jaxpr(lambda x: jnp.atleast_1d(x))(1.0))
print(jax.make_jaxpr(lambda x: jnp.atleast_1d(x))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.atleast_2d(x))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.atleast_2d(x, x))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.atleast_3d(x))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.atleast_3d(x))(1.0))
