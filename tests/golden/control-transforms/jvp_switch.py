import jax
import jax.numpy as jnp
from jax import lax

g = lambda i, x: lax.switch(i, [jnp.sin, jnp.cos, lambda a: a * a], x)
print(jax.make_jaxpr(lambda i, x, t: jax.jvp(lambda y: g(i, y), (x,), (t,)))(2, 1.0, 1.0))
print(jax.jvp(lambda y: g(2, y), (3.0,), (1.0,)))
