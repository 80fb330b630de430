import jax
import jax.numpy as jnp
from jax import lax
xs = jnp.arange(6.0).reshape(2, 3)
ps = jnp.array([-1.0, -2.0])
print(repr(jax.vmap(lambda x, p: lax.pad(x, p, [(1, 1, 0)]))(xs, ps)))
print(jax.make_jaxpr(jax.vmap(lambda x, p: lax.pad(x, p, [(1, 1, 0)])))(xs, ps))
print(jax.make_jaxpr(jax.vmap(lambda p: lax.pad(jnp.ones(3), p, [(1, 2, 1)])))(ps))
