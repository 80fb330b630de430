import jax
import jax.numpy as jnp

a = jnp.arange(6.0).reshape(2, 3)
b = jnp.arange(12.0).reshape(3, 4)
v = jnp.array([1.0, -2.0, 0.5])
print(repr(a @ b), repr(a @ v), repr(v @ b), repr(v @ v))
print(repr(jnp.matmul(jnp.ones((2, 2, 3)), b)))
print(jax.make_jaxpr(jnp.matmul)(a, b))
print(jax.make_jaxpr(lambda x, y: x @ y)(v, b))
print(jax.make_jaxpr(jnp.matmul)(jnp.ones((5, 2, 3)), b))
print(jax.make_jaxpr(jnp.matmul)(jnp.ones((5, 2, 3)), jnp.ones((5, 3, 4))))
print(jax.make_jaxpr(jnp.matmul)(jnp.ones((5, 1, 2, 3)), jnp.ones((4, 3, 2))))
print(jax.make_jaxpr(jnp.matmul)(jnp.ones((1, 2, 3)), jnp.ones((1, 3, 4))))
print(jax.make_jaxpr(jnp.matmul)(jnp.ones((2, 3)), jnp.ones((6, 3, 4))))
print(jax.make_jaxpr(jnp.matmul)(jnp.ones(3, dtype=jnp.int32), jnp.ones((3, 2))))
