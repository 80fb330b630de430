import jax
import jax.numpy as jnp
from jax import lax

x = jnp.array([[1.0, 5.0, 5.0], [2.0, 0.0, -1.0]])
for f in [lambda x: x.max(), lambda x: x.min(axis=1).sum(), lambda x: jnp.max(x, axis=0).sum()]:
    print(repr(jax.grad(f)(x)))
    print(jax.make_jaxpr(jax.grad(f))(x))
