import jax
import jax.numpy as jnp

s = jnp.arange(9.0).reshape(3, 3)
r = jnp.arange(12.0).reshape(3, 4)
t = jnp.arange(24).reshape(2, 3, 4)
print(repr(jnp.trace(s)), repr(jnp.trace(r)), repr(jnp.trace(r, offset=1)), repr(jnp.trace(r, offset=-1)))
print(repr(jnp.trace(t)), repr(jnp.trace(t, axis1=1, axis2=2)), repr(jnp.trace(t, dtype=jnp.float32, axis1=0, axis2=2)))
print(repr(s.trace()))
print(jax.make_jaxpr(jnp.trace)(r))
print(jax.make_jaxpr(lambda x: jnp.trace(x, offset=1))(r))
print(jax.make_jaxpr(lambda x: jnp.trace(x, axis1=2, axis2=0))(t))
