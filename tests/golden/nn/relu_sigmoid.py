import jax
import jax.numpy as jnp

x = jnp.array([-2.0, -0.5, 0.0, 0.5, 3.0, 7.0])
print(repr(jax.nn.relu(x)), repr(jax.nn.relu6(x)), repr(jax.nn.sigmoid(x)))
print(repr(jax.nn.relu(jnp.array([-3, 4]))), repr(jax.nn.relu(-2.0)), repr(jax.nn.relu6(9)))
print(jax.make_jaxpr(jax.nn.relu6)(x))
print(jax.make_jaxpr(lambda a: jax.nn.relu(a) + jax.nn.relu(a))(x))
print(jax.make_jaxpr(lambda a: jax.nn.relu(a) * jax.nn.relu(2.0))(x))
print(jax.make_jaxpr(jax.nn.relu)(jnp.array([1, 2], jnp.int8)))
print(jax.make_jaxpr(jax.nn.sigmoid)(1.0))
