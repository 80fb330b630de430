import jax
import jax.numpy as jnp

x = jnp.arange(1.0, 10.0).reshape(3, 3)
print(repr(jnp.tri(3)), repr(jnp.tri(2, 3, k=1, dtype=jnp.int32)))
print(repr(jnp.tril(x)), repr(jnp.triu(x)))
print(repr(jnp.tril(x, k=-1)), repr(jnp.triu(x, k=1)))
print(repr(jnp.tril(jnp.ones((2, 2, 3), dtype=jnp.int32))))
print(jax.make_jaxpr(lambda: jnp.tri(2))())
print(jax.make_jaxpr(lambda x: jnp.tril(x))(jnp.ones((2, 3))))
print(jax.make_jaxpr(lambda x: jnp.triu(x, 1))(jnp.ones((2, 2))))
print(jax.make_jaxpr(lambda x: jnp.tril(x) + jnp.tril(x))(jnp.ones((2, 2))))
try:
    jnp.tril(jnp.ones(3))
except ValueError as e:
    print("ValueError", e)
