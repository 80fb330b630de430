import jax
import jax.numpy as jnp
from jax import lax

f = lambda x, n: lax.fori_loop(0, n, lambda i, v: v * x, x)
print(jax.jvp(lambda x: f(x, 3), (1.5,), (1.0,)))
print(jax.make_jaxpr(lambda x, t, n: jax.jvp(lambda y: f(y, n), (x,), (t,)))(1.5, 1.0, 3))
