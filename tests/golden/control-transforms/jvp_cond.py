import jax
import jax.numpy as jnp
from jax import lax

f = lambda x: lax.cond(x > 0, jnp.sin, lambda v: v * 2.0, x)
print(jax.jvp(f, (1.0,), (1.0,)))
print(jax.jvp(f, (-1.0,), (1.0,)))
print(jax.make_jaxpr(lambda x, t: jax.jvp(f, (x,), (t,)))(1.0, 1.0))
