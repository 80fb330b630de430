import jax
import jax.numpy as jnp
from jax import lax

f = lambda x, y: jnp.sin(x) * y + x
print(jax.jvp(f, (1.0, 2.0), (1.0, 0.0)))
print(jax.make_jaxpr(lambda x, y, t: jax.jvp(f, (x, y), (t, t)))(1.0, 2.0, 1.0))
x = jnp.arange(3.0)
print(jax.jvp(lambda x: jnp.tanh(x).sum(), (x,), (jnp.ones(3),)))
print(jax.jvp(lambda x: (x @ x, x * 2), (x,), (x,)))
