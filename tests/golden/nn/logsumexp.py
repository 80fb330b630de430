import jax
import jax.numpy as jnp

x = jnp.array([[1.0, 2.0, 3.0], [-jnp.inf, -jnp.inf, -jnp.inf]])
print(repr(jax.nn.logsumexp(x)), repr(jax.nn.logsumexp(x, axis=1)), repr(jax.nn.logsumexp(x, axis=0, keepdims=True)))
print(repr(jax.nn.logsumexp(jnp.array([1.0, 2.0]), b=jnp.array([1.0, -3.0]))))
print(repr(jax.nn.logsumexp(jnp.array([1.0, 2.0]), b=jnp.array([1.0, -3.0]), return_sign=True)))
print(repr(jax.nn.logsumexp(jnp.array([1, 2]))))
print(jax.make_jaxpr(lambda a: jax.nn.logsumexp(a, axis=1))(x))
print(jax.make_jaxpr(lambda a: jax.nn.logsumexp(a, axis=0, keepdims=True))(x))
print(jax.make_jaxpr(lambda a, b: jax.nn.logsumexp(a, b=b))(jnp.ones(2), jnp.ones(2)))
