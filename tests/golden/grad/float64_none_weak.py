import jax
import jax.numpy as jnp
from jax import lax

print(repr(jax.grad(lambda x: x * 3.0)(2.0)))
print(repr(jax.grad(lambda x: x * 3.0)(jnp.float32(2.0))))
print(repr(jax.grad(lambda x: (x * 3.0).sum())(jnp.ones(2))))
print(repr(jax.jvp(lambda x: x * 3.0, (2.0,), (1.0,))))
