import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6.0).reshape(2, 3)
out = jax.vmap(lambda x: {"s": x.sum(), "d": x * 2})(a)
print(out)
t = jax.vmap(lambda x: (x[0], [x[1], x[2]]))(a)
print(t)
print(jax.make_jaxpr(jax.vmap(lambda x: {"s": x.sum(), "d": x * 2}))(a))
print(jax.vmap(lambda x: {"a": x, "b": x}, out_axes={"a": 0, "b": 1})(a))
