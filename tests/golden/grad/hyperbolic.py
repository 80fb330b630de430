import jax
import jax.numpy as jnp
from jax import lax

x = jnp.array([0.1, 0.4, -0.5])
f = lambda x: jnp.sinh(x).sum()
print('sinh', repr(jax.grad(f)(x)))
print(jax.make_jaxpr(jax.grad(f))(x))
f = lambda x: jnp.cosh(x).sum()
print('cosh', repr(jax.grad(f)(x)))
print(jax.make_jaxpr(jax.grad(f))(x))
f = lambda x: jnp.tanh(x).sum()
print('tanh', repr(jax.grad(f)(x)))
print(jax.make_jaxpr(jax.grad(f))(x))
f = lambda x: jnp.arcsinh(x).sum()
print('arcsinh', repr(jax.grad(f)(x)))
print(jax.make_jaxpr(jax.grad(f))(x))
f = lambda x: jnp.arctanh(x).sum()
print('arctanh', repr(jax.grad(f)(x)))
print(jax.make_jaxpr(jax.grad(f))(x))
