import jax
import jax.numpy as jnp

a = jnp.arange(6.0).reshape(2, 3)
v = jnp.array([1.0, -2.0, 0.5])
w = jnp.array([3, 4])
print(repr(jnp.vdot(a, a)), repr(jnp.vdot(v, v)))
print(repr(jnp.inner(a, v)), repr(jnp.inner(a, a)), repr(jnp.inner(v, 2.0)))
print(repr(jnp.outer(v, w)), repr(jnp.outer(a, w)))
print(repr(jnp.outer(jnp.array([True, False]), jnp.array([True, True]))))
print(jax.make_jaxpr(jnp.vdot)(a, a))
print(jax.make_jaxpr(jnp.inner)(a, a))
print(jax.make_jaxpr(jnp.inner)(v, 2.0))
print(jax.make_jaxpr(jnp.outer)(v, w))
print(jax.make_jaxpr(jnp.outer)(a, v))
