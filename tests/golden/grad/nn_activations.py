import jax
import jax.numpy as jnp
from jax import lax

x = jnp.array([-1.0, 0.5, 2.0])
for f in [jax.nn.relu, jax.nn.relu6, jax.nn.sigmoid, jax.nn.softplus, jax.nn.silu, jax.nn.gelu, jax.nn.elu, jax.nn.leaky_relu]:
    print(repr(jax.grad(lambda x: f(x).sum())(x)))
print(jax.make_jaxpr(jax.grad(lambda x: jax.nn.relu(x).sum()))(x))
print(jax.make_jaxpr(jax.grad(lambda x: jax.nn.softplus(x).sum()))(x))
