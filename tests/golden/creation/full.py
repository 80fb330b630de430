import jax
import jax.numpy as jnp

print(repr(jnp.full((2, 2), 7.0)), repr(jnp.full(3, 2)))
print(repr(jnp.full((2,), True)), repr(jnp.full((2,), 1.5, dtype=jnp.int32)))
print(repr(jnp.full((2, 3), jnp.arange(3))))
print(repr(jnp.full((2, 2), jnp.array([1.0, 2.0]))))
print(repr(jnp.full((), 4)))
print(jax.make_jaxpr(lambda x: jnp.full((), x))(1.0))
print(jax.make_jaxpr(lambda x: jnp.full((2,), x))(1.0))
print(jax.make_jaxpr(lambda x: jnp.full((2,), x, dtype=jnp.int32))(1.0))
print(jax.make_jaxpr(lambda x: jnp.full((2, 3), x))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.full((2, 2), 3) + x)(jnp.ones((2, 2))))
print(jax.make_jaxpr(lambda x: jnp.full((2,), x[0]))(jnp.ones(3)))
