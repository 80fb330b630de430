import jax
import jax.numpy as jnp
from jax import lax

# A weakly typed initial carry is promoted to the body's output type, then the body traced again.
print(jax.make_jaxpr(lambda xs: lax.scan(lambda c, x: (c + x, c), 0, xs))(jnp.arange(3.0)))
print(lax.scan(lambda c, x: (c + x, c), 0, jnp.arange(3.0)))
print(jax.make_jaxpr(lambda xs: lax.scan(lambda c, x: (c + x, c), 0.0, xs))(jnp.arange(3)))
print(jax.make_jaxpr(lambda x: lax.while_loop(lambda c: c < 10, lambda c: c + x, 0))(jnp.float32(1.5)))
print(lax.while_loop(lambda c: c < 10, lambda c: c + jnp.float32(1.5), 0))
print(jax.make_jaxpr(lambda x: lax.fori_loop(0, 3, lambda i, v: v + x, 0))(jnp.ones(())))
