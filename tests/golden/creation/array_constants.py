import jax
import jax.numpy as jnp

c = jnp.ones(3)
print(jax.make_jaxpr(lambda x: jnp.array([1.0, 2.0]) * x)(1.0))
print(jax.make_jaxpr(lambda x: jnp.array([1, 2], dtype=jnp.float32) + x)(1.0))
print(jax.make_jaxpr(lambda x: jnp.array(3.0))(1.0))
print(jax.make_jaxpr(lambda x: jnp.array(3, dtype=jnp.float32) + x)(1.0))
print(jax.make_jaxpr(lambda: jnp.array(c))())
print(jax.make_jaxpr(lambda: jnp.asarray(c))())
print(jax.make_jaxpr(lambda: jnp.asarray(c, dtype=jnp.int32))())
print(jax.make_jaxpr(lambda x: x + jnp.asarray(2.0))(jnp.ones(2)))
a = jnp.asarray(2.0)
print(jax.make_jaxpr(lambda x: x + a)(jnp.ones(2)))
print(jax.make_jaxpr(lambda x: jnp.array([x, 2.0 * x]))(3.0))
