import jax
import jax.numpy as jnp
from jax import lax

print(jnp.unstack(jnp.arange(4).reshape(2, 2)), jnp.unstack(jnp.arange(6).reshape(2, 3), axis=1))
print(repr(jnp.append(jnp.arange(3), jnp.array([7, 8]))), repr(jnp.append(jnp.ones((2, 2)), 5)))
print(repr(jnp.append(jnp.ones((1, 2)), jnp.zeros((1, 2)), axis=0)), lax.unstack(jnp.arange(2.0)))
print(jnp.dsplit(jnp.ones((1, 2, 4)), 2)[0].shape, type(jnp.dsplit(jnp.ones((1, 1, 2)), 2)).__name__)
print(jax.make_jaxpr(lambda x: jnp.unstack(x))(jnp.ones((2, 3))))
print(jax.make_jaxpr(lambda x: jnp.unstack(x, axis=1))(jnp.ones((2, 3))))
print(jax.make_jaxpr(lambda x: jnp.append(x, 1.0))(jnp.ones((2, 3))))
print(jax.make_jaxpr(lambda x: jnp.append(x, x, axis=0))(jnp.ones((2, 3))))
try:
    jnp.unstack(jnp.array(1.0))
except ValueError as e:
    print("ValueError", e)
