import jax
import jax.numpy as jnp

print(jnp.meshgrid(jnp.arange(2), jnp.arange(3)))
print(jnp.meshgrid(jnp.arange(2), jnp.arange(3), indexing="ij")[0].shape)
print(jnp.meshgrid(jnp.arange(2), jnp.arange(3), sparse=True))
print(repr(jnp.indices((2, 2))), jnp.indices((2, 3), sparse=True), repr(jnp.indices(())))
print(repr(jnp.copy(jnp.arange(3))), repr(jnp.indices((2,), dtype=jnp.float32)))
print(jax.make_jaxpr(lambda: jnp.indices((3,)))())
print(jax.make_jaxpr(lambda: jnp.indices((2, 3)))())
print(jax.make_jaxpr(lambda x: jnp.meshgrid(x))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x, y: jnp.meshgrid(x, y))(jnp.ones(3), jnp.ones(2)))
print(jax.make_jaxpr(lambda x, y: jnp.meshgrid(x, y, indexing="ij", sparse=True))(jnp.ones(3), jnp.ones(2)))
print(jax.make_jaxpr(lambda x: jnp.copy(x))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: x.copy())(jnp.ones(3)))
