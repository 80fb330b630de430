import jax
import jax.numpy as jnp

x = jnp.arange(6)
print(jnp.split(x, 3))
print(jnp.split(x, [1, 4]))
print(jnp.array_split(x, 4))
m = jnp.arange(12).reshape(3, 4)
print(jnp.split(m, 2, axis=1))
print(jnp.hsplit(m, 2)[0].shape, jnp.vsplit(m, 3)[2])
print(type(jnp.split(x, 2)).__name__, len(jnp.split(x, [2])))
print(jax.make_jaxpr(lambda x: jnp.split(x, 3))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.split(x, [1]))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.array_split(x, 2))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.split(x, 2, axis=1))(jnp.ones((2, 4))))
