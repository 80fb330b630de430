import jax
import jax.numpy as jnp

x = jnp.array([[1.0, jnp.nan, 3.0], [4.0, 5.0, jnp.nan]])
n = jnp.array([jnp.nan, jnp.nan])
print(repr(jnp.nansum(x)), repr(jnp.nansum(x, axis=0)), repr(jnp.nanprod(x, axis=1, keepdims=True)))
print(repr(jnp.nanmax(x)), repr(jnp.nanmin(x, axis=1)), repr(jnp.nanmax(n)), repr(jnp.nanmin(n, initial=7.0)))
print(repr(jnp.nanmean(x)), repr(jnp.nanmean(x, axis=0)), repr(jnp.nanmean(n)))
print(repr(jnp.nansum(jnp.arange(4))), repr(jnp.nanmax(jnp.array([3, 9, 2]))), repr(jnp.nanmean(jnp.arange(4))))
print(jax.make_jaxpr(jnp.nansum)(x))
print(jax.make_jaxpr(lambda t: jnp.nanmax(t, axis=1))(x))
print(jax.make_jaxpr(lambda t: jnp.nanmin(t, initial=0.0))(x))
print(jax.make_jaxpr(lambda t: jnp.nanprod(t, axis=0, keepdims=True))(x))
print(jax.make_jaxpr(jnp.nanmean)(x))
print(jax.make_jaxpr(jnp.nansum)(jnp.arange(3)))
print(jax.make_jaxpr(lambda t: jnp.nansum(t, where=t > 2.0))(x))
