import jax
import jax.numpy as jnp
from jax import lax

x = jnp.array([0.3, 0.7, 1.5])
f = lambda x: jnp.sqrt(x).sum()
print('sqrt', repr(jax.grad(f)(x)))
print(jax.make_jaxpr(jax.grad(f))(x))
f = lambda x: jnp.cbrt(x).sum()
print('cbrt', repr(jax.grad(f)(x)))
print(jax.make_jaxpr(jax.grad(f))(x))
f = lambda x: jnp.square(x).sum()
print('square', repr(jax.grad(f)(x)))
print(jax.make_jaxpr(jax.grad(f))(x))
f = lambda x: jnp.reciprocal(x).sum()
print('reciprocal', repr(jax.grad(f)(x)))
print(jax.make_jaxpr(jax.grad(f))(x))
