import jax
import jax.numpy as jnp

print(repr(jnp.zeros(3)), repr(jnp.zeros((2, 2), jnp.int32)))
print(repr(jnp.ones((2,), dtype=bool)), repr(jnp.ones(2, dtype=jnp.float16)))
print(repr(jnp.zeros(())), repr(jnp.ones([2, 1])))
print(repr(jnp.empty((2, 3))), repr(jnp.zeros((0, 3))))
print(repr(jnp.ones(3, dtype=int)), repr(jnp.zeros(2, dtype=float)))
print(jax.make_jaxpr(lambda: jnp.zeros(()))())
print(jax.make_jaxpr(lambda: jnp.zeros((2, 3), jnp.int32))())
print(jax.make_jaxpr(lambda: jnp.ones(4, dtype=bool))())
print(jax.make_jaxpr(lambda x: x + jnp.ones(3))(jnp.zeros(3)))
print(jax.make_jaxpr(lambda: jnp.empty((2,)))())
print(jax.make_jaxpr(lambda x: jnp.zeros(x.shape[0]))(jnp.ones(5)))
