import jax
import jax.numpy as jnp

a = jnp.arange(6.0).reshape(2, 3)
b = jnp.arange(12.0).reshape(3, 4)
v = jnp.array([1.0, -2.0, 0.5])
print(repr(jnp.dot(a, b)), repr(jnp.dot(a, v)), repr(jnp.dot(v, v)))
print(repr(jnp.dot(v, 2.0)), repr(jnp.dot(3, a)))
print(repr(jnp.dot(jnp.arange(3), jnp.arange(3))), repr(jnp.dot(jnp.arange(3), v)))
print(repr(jnp.dot(jnp.ones((2, 3, 4)), jnp.ones((5, 4, 2))).shape))
print(jax.make_jaxpr(jnp.dot)(a, v))
print(jax.make_jaxpr(jnp.dot)(v, 2.0))
print(jax.make_jaxpr(jnp.dot)(jnp.arange(3), v))
print(jax.make_jaxpr(jnp.dot)(jnp.ones((2, 3, 4)), jnp.ones((5, 4, 2))))
print(jax.make_jaxpr(lambda x, y: jnp.dot(x, y, preferred_element_type=jnp.float32))(jnp.arange(3), jnp.arange(3)))
print(jax.make_jaxpr(lambda x: jnp.dot(x, x))(2.0))
