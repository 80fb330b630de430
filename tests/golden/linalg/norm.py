import jax
import jax.numpy as jnp

x = jnp.array([[3.0, -4.0, 0.0], [1.0, 2.0, -2.0]])
v = jnp.array([3.0, -4.0, 12.0])
print(repr(jnp.linalg.norm(v)), repr(jnp.linalg.norm(x)), repr(jnp.linalg.norm(x, axis=1)))
print(repr(jnp.linalg.norm(v, ord=1)), repr(jnp.linalg.norm(v, ord=jnp.inf)), repr(jnp.linalg.norm(v, ord=-jnp.inf)))
print(repr(jnp.linalg.norm(v, ord=0)), repr(jnp.linalg.norm(x, ord="fro")), repr(jnp.linalg.norm(x, ord=1)))
print(repr(jnp.linalg.norm(x, ord=jnp.inf)), repr(jnp.linalg.norm(x, ord=-1)), repr(jnp.linalg.norm(x, axis=0, keepdims=True)))
print(repr(jnp.linalg.norm(jnp.arange(4))), repr(jnp.linalg.vector_norm(x, axis=1, ord=1)))
print(jax.make_jaxpr(jnp.linalg.norm)(x))
print(jax.make_jaxpr(lambda t: jnp.linalg.norm(t, axis=-1, keepdims=True))(x))
print(jax.make_jaxpr(lambda t: jnp.linalg.norm(t, ord=jnp.inf))(v))
print(jax.make_jaxpr(lambda t: jnp.linalg.norm(t, ord=1))(x))
print(jax.make_jaxpr(lambda t: jnp.linalg.norm(t, ord=-jnp.inf, axis=(1, 0)))(x))
print(jax.make_jaxpr(lambda t: jnp.linalg.norm(t, ord=3))(v))
print(jax.make_jaxpr(lambda t: jnp.linalg.norm(t, ord=0))(v))
print(jax.make_jaxpr(jnp.linalg.norm)(jnp.arange(4)))
