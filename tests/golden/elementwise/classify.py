import jax
import jax.numpy as jnp

x = jnp.array([0.0, -1.5, jnp.inf, -jnp.inf, jnp.nan])
i = jnp.array([1, -2, 3])
b = jnp.array([True, False])
print(repr(jnp.isinf(x)), repr(jnp.isfinite(x)), repr(jnp.isnan(x)))
print(repr(jnp.isinf(i)), repr(jnp.isfinite(i)), repr(jnp.isnan(i)), repr(jnp.isnan(b)))
print(repr(jnp.isposinf(x)), repr(jnp.isneginf(x)), repr(jnp.isneginf(i)))
print(repr(jnp.isinf(1.0)), repr(jnp.isfinite(2)), repr(jnp.isnan(jnp.nan)))
print(jax.make_jaxpr(jnp.isinf)(x))
print(jax.make_jaxpr(jnp.isinf)(i))
print(jax.make_jaxpr(jnp.isfinite)(i))
print(jax.make_jaxpr(jnp.isnan)(b))
print(jax.make_jaxpr(lambda a: (jnp.isposinf(a), jnp.isneginf(a), jnp.isfinite(a)))(x))
print(jax.make_jaxpr(jnp.isfinite)(1))
