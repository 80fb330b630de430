import jax
import jax.numpy as jnp

x = jnp.array([-2.0, -0.0, 0.0, 3.0, -jnp.inf, jnp.nan])
print(repr(jnp.signbit(x)), repr(jnp.signbit(jnp.array([-1, 0, 2]))), repr(jnp.signbit(jnp.array([True]))))
print(repr(jnp.copysign(jnp.array([1.0, -2.0, 3.0]), jnp.array([-0.0, 1.0, -jnp.inf]))))
print(repr(jnp.copysign(jnp.array([1, 2]), -1)), repr(jnp.signbit(jnp.array([-1.5], jnp.float16))))
print(repr(jnp.heaviside(x, 0.5)), repr(jnp.heaviside(jnp.array([-1, 0, 2]), jnp.array([7, 8, 9]))))
print(jax.make_jaxpr(jnp.signbit)(x))
print(jax.make_jaxpr(jnp.signbit)(jnp.array([-1, 0, 2])))
print(jax.make_jaxpr(jnp.signbit)(jnp.ones(2, jnp.bfloat16)))
print(jax.make_jaxpr(jnp.copysign)(x, x))
print(jax.make_jaxpr(jnp.heaviside)(x, 0.5))
