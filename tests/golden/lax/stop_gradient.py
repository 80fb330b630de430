import jax
import jax.numpy as jnp
from jax import lax

x = jnp.array([1.0, 2.0])
print(repr(lax.stop_gradient(x)), repr(lax.stop_gradient(jnp.array([1, 2]))))
print(jax.make_jaxpr(lax.stop_gradient)(x))
print(jax.make_jaxpr(lambda a: lax.stop_gradient(a) * a)(2.0))
print(jax.make_jaxpr(lambda a: lax.stop_gradient(a + 1))(jnp.array([1, 2])))
