import jax
import jax.numpy as jnp

x = jnp.array([-5.0, -2.0, -0.5, 0.0, 0.5, 2.0, 5.0])
print(repr(jax.nn.hard_tanh(x)), repr(jax.nn.hard_sigmoid(x)), repr(jax.nn.hard_silu(x)))
print(repr(jax.nn.hard_swish(x)), repr(jax.nn.hard_tanh(jnp.array([-3, 0, 3]))))
print(jax.make_jaxpr(jax.nn.hard_tanh)(x))
print(jax.make_jaxpr(jax.nn.hard_sigmoid)(x))
print(jax.make_jaxpr(jax.nn.hard_silu)(x))
