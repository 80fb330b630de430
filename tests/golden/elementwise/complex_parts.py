import jax
import jax.numpy as jnp

x = jnp.array([1.5, -2.0])
i = jnp.array([3, 4])
print(repr(jnp.conj(x)), repr(jnp.conjugate(i)), repr(jnp.real(x)), repr(jnp.imag(x)), repr(jnp.imag(i)))
print(repr(jnp.imag(2.0)), repr(jnp.real(3)), repr(x.conj()))
print(jax.make_jaxpr(jnp.conj)(x))
print(jax.make_jaxpr(jnp.imag)(x))
print(jax.make_jaxpr(jnp.imag)(i))
print(jax.make_jaxpr(jnp.real)(1.0))
print(jax.make_jaxpr(jnp.imag)(1.0))
