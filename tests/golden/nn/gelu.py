import jax
import jax.numpy as jnp

x = jnp.array([-3.0, -1.0, -0.1, 0.0, 0.5, 2.0])
print(repr(jax.nn.gelu(x)))
print(repr(jax.nn.gelu(jnp.array([1, 2]))), repr(jax.nn.gelu(1.0)))
print(jax.make_jaxpr(jax.nn.gelu)(x))
print(jax.make_jaxpr(lambda a: jax.nn.gelu(a, approximate=False))(x))
print(jax.make_jaxpr(jax.nn.gelu)(jnp.array([1, 2])))
