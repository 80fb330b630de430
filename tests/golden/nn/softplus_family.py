import jax
import jax.numpy as jnp

x = jnp.array([-30.0, -1.0, 0.0, 1.0, 30.0])
print(repr(jax.nn.softplus(x)), repr(jax.nn.log_sigmoid(x)))
print(repr(jax.nn.soft_sign(x)), repr(jax.nn.silu(x)), repr(jax.nn.swish(x)))
print(repr(jax.nn.mish(x)))
print(jax.make_jaxpr(jax.nn.softplus)(x))
print(jax.make_jaxpr(jax.nn.log_sigmoid)(x))
print(jax.make_jaxpr(jax.nn.soft_sign)(jnp.array([1, 2])))
print(jax.make_jaxpr(jax.nn.silu)(x))
print(jax.make_jaxpr(jax.nn.mish)(x))
