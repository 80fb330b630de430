import jax
import jax.numpy as jnp

e = jnp.zeros((0, 3))
print(repr(jnp.sum(e)), repr(jnp.sum(e, axis=0)), repr(jnp.sum(e, axis=1)))
print(repr(jnp.prod(e, axis=0)), repr(jnp.any(e)), repr(jnp.all(e)))
print(repr(jnp.max(e, axis=1)), repr(jnp.min(e, axis=0, initial=1.0)))
print(repr(jnp.mean(e)), repr(jnp.mean(e, axis=0)))
print(repr(jnp.cumsum(e, axis=0)), repr(jnp.count_nonzero(e)))
print(jax.make_jaxpr(lambda t: jnp.max(t, axis=1))(e))
print(jax.make_jaxpr(jnp.mean)(e))
