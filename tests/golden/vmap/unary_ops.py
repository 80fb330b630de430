import jax
import jax.numpy as jnp
from jax import lax

xs = jnp.array([[-2.0, -1.2, -0.4], [0.4, 1.2, 2.0]])
for f in [jnp.sin, jnp.cos, jnp.exp, jnp.tanh, jnp.abs, jnp.negative, jnp.floor, jnp.sign, jnp.square]:
    print(repr(jax.vmap(f)(xs)))
print(jax.make_jaxpr(jax.vmap(lambda x: jnp.log1p(jnp.abs(x)) + jnp.sqrt(jnp.abs(x))))(xs))
print(jax.make_jaxpr(jax.vmap(lambda x: jnp.round(x) * jnp.isfinite(x)))(xs))
