import jax
import jax.numpy as jnp

x = jnp.array([-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0])
print(repr(jax.nn.squareplus(x)), repr(jax.nn.squareplus(x, 1.0)))
print(repr(jax.nn.sparse_plus(x)), repr(jax.nn.sparse_sigmoid(x)), repr(jax.nn.identity(x)))
print(repr(jax.nn.log1mexp(jnp.array([0.1, 0.5, 1.0, 5.0]))), repr(jax.nn.tanh(x)))
print(jax.make_jaxpr(jax.nn.squareplus)(x))
print(jax.make_jaxpr(lambda a: jax.nn.squareplus(a, 2))(x))
print(jax.make_jaxpr(jax.nn.sparse_plus)(x))
print(jax.make_jaxpr(jax.nn.sparse_sigmoid)(x))
print(jax.make_jaxpr(jax.nn.identity)(x))
print(jax.make_jaxpr(jax.nn.log1mexp)(x))
