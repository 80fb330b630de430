import jax
import jax.numpy as jnp
from jax import lax

f = lambda x, y: (x * y, jnp.sin(x))
out, vjp_fn = jax.vjp(f, 2.0, 3.0)
print(out)
print(vjp_fn((1.0, 0.5)))
x = jnp.arange(3.0)
out, vjp_fn = jax.vjp(lambda x: x ** 2, x)
print(vjp_fn(jnp.ones(3)))
print(jax.make_jaxpr(lambda x, c: jax.vjp(lambda x: x ** 2, x)[1](c))(x, x))
