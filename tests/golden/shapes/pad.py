import jax
import jax.numpy as jnp

x = jnp.arange(1, 4)
print(repr(jnp.pad(x, 2)), repr(jnp.pad(x, (1, 2))), repr(jnp.pad(x, ((0, 1),), constant_values=9)))
y = jnp.ones((2, 2))
print(repr(jnp.pad(y, ((1, 0), (0, 2)), constant_values=-1.5)))
print(repr(jnp.pad(y, 1, mode="constant")), repr(jnp.pad(jnp.array(5), 2)))
print(jax.make_jaxpr(lambda x: jnp.pad(x, 1))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.pad(x, ((1, 2), (0, 1)), constant_values=5))(jnp.ones((2, 3))))
print(jax.make_jaxpr(lambda x: jnp.pad(x, 1, constant_values=2.5))(jnp.arange(3)))
print(jax.make_jaxpr(lambda x, c: jnp.pad(x, (2, 0), constant_values=c))(jnp.ones(3), 1.0))
print(jax.make_jaxpr(lambda x: jnp.pad(x, 1) + jnp.pad(x, 1))(jnp.ones(3)))
