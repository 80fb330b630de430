import jax
import jax.numpy as jnp

x = jnp.array([-3.0, -1.0, 0.0, 2.0])
print(repr(jax.nn.elu(x)), repr(jax.nn.elu(x, 0.5)), repr(jax.nn.celu(x)), repr(jax.nn.celu(x, 2.0)))
print(repr(jax.nn.selu(x)), repr(jax.nn.leaky_relu(x)), repr(jax.nn.leaky_relu(x, 0.2)))
print(jax.make_jaxpr(jax.nn.elu)(x))
print(jax.make_jaxpr(lambda a: jax.nn.elu(a, 2.0))(x))
print(jax.make_jaxpr(jax.nn.celu)(x))
print(jax.make_jaxpr(jax.nn.selu)(x))
print(jax.make_jaxpr(jax.nn.leaky_relu)(x))
print(jax.make_jaxpr(lambda a: jax.nn.leaky_relu(a, negative_slope=0.3))(x))
