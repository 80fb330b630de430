import jax
import jax.numpy as jnp
from jax import lax

x = jnp.array([0.1, 0.4, -0.5])
f = lambda x: jnp.sinh(x).sum()
print('sinh', repr(jnp.round(jax.grad(f)(x), 5)))
print(jax.make_jaxpr(jax.grad(f))(x))
f = lambda x: jnp.cosh(x).sum()
print('cosh', repr(jnp.round(jax.grad(f)(x), 5)))
print(jax.make_jaxpr(jax.grad(f))(x))
f = lambda x: jnp.tanh(x).sum()
print('tanh', repr(jnp.round(jax.grad(f)(x), 5)))
print(jax.make_jaxpr(jax.grad(f))(x))
f = lambda x: jnp.arcsinh(x).sum()
print('arcsinh', repr(jnp.round(jax.grad(f)(x), 5)))
print(jax.make_jaxpr(jax.grad(f))(x))
f = lambda x: jnp.arctanh(x).sum()
print('arctanh', repr(jnp.round(jax.grad(f)(x), 5)))
print(jax.make_jaxpr(jax.grad(f))(x))
