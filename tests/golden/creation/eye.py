import jax
import jax.numpy as jnp

print(repr(jnp.eye(3)), repr(jnp.eye(2, 3)))
print(repr(jnp.eye(3, k=1)), repr(jnp.eye(3, k=-1, dtype=jnp.int32)))
print(repr(jnp.identity(2)), repr(jnp.identity(2, dtype=bool)))
print(repr(jnp.eye(0)), repr(jnp.eye(3, 1)))
print(jax.make_jaxpr(lambda: jnp.eye(2))())
print(jax.make_jaxpr(lambda: jnp.eye(2, 3, k=1, dtype=jnp.int32))())
print(jax.make_jaxpr(lambda: jnp.identity(3))())
print(jax.make_jaxpr(lambda x: x + jnp.eye(2))(jnp.ones((2, 2))))
