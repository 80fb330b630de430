import jax
import jax.numpy as jnp
from jax import lax

xs = jnp.arange(6.0).reshape(3, 2)
print(lax.map(lambda r: r.sum(), xs))
print(lax.map(lambda r: (r[0], r * 2), xs))
print(jax.make_jaxpr(lambda xs: lax.map(lambda r: r @ r, xs))(xs))
print(lax.map(lambda d: d["a"] + d["b"], {"a": jnp.ones(3), "b": jnp.arange(3.0)}))
print(jax.make_jaxpr(lambda xs, y: lax.map(lambda r: r * y, xs))(xs, 3.0))
