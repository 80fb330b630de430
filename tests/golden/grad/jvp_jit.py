import jax
import jax.numpy as jnp
from jax import lax

h = jax.jit(lambda x: jnp.cos(x) * x)
print(jax.jvp(h, (1.0,), (2.0,)))
print(jax.make_jaxpr(lambda x, t: jax.jvp(h, (x,), (t,)))(1.0, 2.0))
