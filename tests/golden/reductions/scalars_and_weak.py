import jax
import jax.numpy as jnp

print(repr(jnp.sum(3)), repr(jnp.sum(2.5)), repr(jnp.prod(True)), repr(jnp.max(4)))
print(repr(jnp.mean(5)), repr(jnp.argmax(1.0)), repr(jnp.cumsum(2)))
print(jax.make_jaxpr(jnp.sum)(2.0))
print(jax.make_jaxpr(jnp.sum)(3))
print(jax.make_jaxpr(jnp.max)(True))
print(jax.make_jaxpr(jnp.mean)(2))
print(jax.make_jaxpr(jnp.cumsum)(2.0))
print(jax.make_jaxpr(lambda: jnp.sum(7))())
print(jax.make_jaxpr(lambda: jnp.var(2.0))())
print(jax.make_jaxpr(lambda: jnp.count_nonzero(2.0))())
