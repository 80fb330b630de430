import jax
import jax.numpy as jnp
from jax import lax

f = lambda x: 3.0 * jnp.sin(x) + jnp.cos(x / 2.0)
y, f_jvp = jax.linearize(f, 2.0)
print(y)
print(f_jvp(3.0))
print(f_jvp(4.0))
x = jnp.arange(3.0)
y, f_jvp = jax.linearize(lambda x: (x ** 2).sum(), x)
print(y, f_jvp(jnp.ones(3)))
