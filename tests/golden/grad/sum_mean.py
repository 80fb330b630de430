import jax
import jax.numpy as jnp
from jax import lax

x = jnp.arange(6.0).reshape(2, 3)
for f in [lambda x: x.sum(), lambda x: x.mean(), lambda x: (x.sum(axis=1) ** 2).sum(), lambda x: jnp.mean(x, axis=1, keepdims=True).sum()]:
    print(repr(jax.grad(f)(x)))
    print(jax.make_jaxpr(jax.grad(f))(x))
