import jax
import jax.numpy as jnp
from jax import lax

print(jax.make_jaxpr(lambda p: lax.cond(p, lambda: 1.0, lambda: 2.0))(True))
print(jax.make_jaxpr(lambda p, x: lax.cond(p, lambda x: (x, 1), lambda x: (x + 1, 2), x))(True, 1.0))
print(jax.make_jaxpr(lambda p, x: lax.cond(p, lambda x: jnp.float32(3), lambda x: x, x))(True, 1.0))
print(jax.make_jaxpr(lambda p, x: lax.cond(p, lambda x: x, lambda x: 3.0, x))(True, jnp.float32(1.0)))
print(repr(lax.cond(False, lambda x: x, lambda x: 3.0, jnp.float32(1.0))))
print(repr(lax.cond(True, lambda x: 1, lambda x: 2, 0.0)))
print(jax.make_jaxpr(lambda p: lax.cond(p, lambda: None, lambda: None))(True))
print(lax.cond(True, lambda: None, lambda: None))
