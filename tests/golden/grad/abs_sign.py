import jax
import jax.numpy as jnp
from jax import lax

x = jnp.array([-1.5, 0.5, 2.0])
for f in [jnp.abs, jnp.sign, jnp.floor, jnp.ceil, jnp.round]:
    g = jax.grad(lambda x: (f(x) * x).sum())
    print(repr(g(x)))
    print(jax.make_jaxpr(g)(x))
