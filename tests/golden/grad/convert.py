import jax
import jax.numpy as jnp
from jax import lax

x = jnp.arange(3.0)
f = lambda x: (x.astype(jnp.float16) * 2).astype(jnp.float32).sum()
print(repr(jax.grad(f)(x)))
print(jax.make_jaxpr(jax.grad(f))(x))
g = lambda x: x.astype(jnp.int32).sum().astype(jnp.float32) + x.sum()
print(repr(jax.grad(g)(x)))
print(jax.make_jaxpr(jax.grad(g))(x))
