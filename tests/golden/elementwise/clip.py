import jax
import jax.numpy as jnp

x = jnp.array([-2.5, -0.5, 0.0, 0.5, 3.0, jnp.nan])
i = jnp.array([-5, 0, 7])
print(jax.make_jaxpr(lambda a: jnp.clip(a, 0.0))(x))
print(jax.make_jaxpr(lambda a: jnp.clip(a, max=1))(x))
print(jax.make_jaxpr(lambda a: jnp.clip(a, -1, 1))(i))
print(jax.make_jaxpr(lambda a: jnp.clip(a, -1.5, 1.5))(i))
print(jax.make_jaxpr(lambda a: jnp.clip(a))(x))
print(jax.make_jaxpr(lambda a, lo, hi: jnp.clip(a, lo, hi))(x, 0.0, jnp.ones(6)))
print(repr(jnp.clip(x, -1.0, 1.0)), repr(jnp.clip(x, max=0.0)))
print(repr(jnp.clip(i, -1, 1)), repr(jnp.clip(i, -1.5, 1.5)))
print(repr(jnp.clip(i, 2, -2)), repr(jnp.clip(3.5, 0, 1)), repr(jnp.clip(7, 0, 5)))
print(repr(x.clip(0, 1)), repr(jnp.clip(x, min=jnp.array([0.0, 0, 0, 1, 1, 1]))))
