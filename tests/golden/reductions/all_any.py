import jax
import jax.numpy as jnp

x = jnp.array([[0.0, 1.0, 2.0], [3.0, 0.0, 5.0]])
print(repr(jnp.all(x)), repr(jnp.any(x)), repr(jnp.all(x, axis=0)), repr(jnp.any(x, axis=1)))
print(repr(jnp.all(x > -1, axis=1, keepdims=True)))
print(repr(jnp.any(x > 4, where=x < 4)), repr(jnp.all(x, where=x > 0)))
print(repr(jnp.all(jnp.array([], dtype=bool))), repr(jnp.any(jnp.array([], dtype=bool))))
print(jax.make_jaxpr(jnp.all)(x))
print(jax.make_jaxpr(lambda t: jnp.any(t > 2, axis=0))(x))
print(jax.make_jaxpr(lambda t: jnp.all(t, axis=1, keepdims=True))(jnp.arange(6).reshape(2, 3)))
print(jax.make_jaxpr(lambda t: jnp.any(t, where=t > 1.0))(x))
