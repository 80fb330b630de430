import jax
import jax.numpy as jnp

w = jnp.array([1.0, 2.0, 3.0])
b = jnp.array(0.5)
print(jax.make_jaxpr(lambda x: x * w + b)(jnp.array([1.0, 1.0, 1.0])))
print(jax.make_jaxpr(lambda x: x + 2)(jnp.array([1, 2, 3])))
print(jax.make_jaxpr(lambda x: (x * w, w))(jnp.array([1.0, 1.0, 1.0])))
print(jax.make_jaxpr(lambda: w)())
print(jax.make_jaxpr(lambda x: x * jnp.float32(0.1))(1.0))
print(jax.make_jaxpr(lambda x: x * jnp.array(0.1))(1.0))
