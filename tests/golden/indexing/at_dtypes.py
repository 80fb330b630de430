# .at[] updates keep the array's dtype: values are promoted, scattered, then converted back.
import jax
import jax.numpy as jnp

n = jnp.array([1, 2, 3])
b = jnp.array([True, False, True])
h = jnp.array([1.0, 2.0], dtype=jnp.float16)
print(repr(n.at[0].set(2)), repr(n.at[1].set(True)))
print(repr(b.at[1].set(True)), repr(b.at[0].set(False)))
print(repr(h.at[0].set(3.14159)), repr(h.at[1].add(0.001)))
print(repr(jnp.arange(3, dtype=jnp.uint8).at[1].add(255)))
print(jax.make_jaxpr(lambda n: n.at[0].set(2))(n))
print(jax.make_jaxpr(lambda b: b.at[1].set(True))(b))
print(jax.make_jaxpr(lambda h: h.at[0].set(3.5))(h))
print(jax.make_jaxpr(lambda x: x.at[0].set(2))(jnp.ones(3)))
