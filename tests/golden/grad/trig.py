import jax
import jax.numpy as jnp
from jax import lax

x = jnp.array([0.1, 0.4, -0.5])
f = lambda x: jnp.sin(x).sum()
print('sin', repr(jnp.round(jax.grad(f)(x), 5)))
print(jax.make_jaxpr(jax.grad(f))(x))
f = lambda x: jnp.cos(x).sum()
print('cos', repr(jnp.round(jax.grad(f)(x), 5)))
print(jax.make_jaxpr(jax.grad(f))(x))
f = lambda x: jnp.tan(x).sum()
print('tan', repr(jnp.round(jax.grad(f)(x), 5)))
print(jax.make_jaxpr(jax.grad(f))(x))
f = lambda x: jnp.arcsin(x).sum()
print('arcsin', repr(jnp.round(jax.grad(f)(x), 5)))
print(jax.make_jaxpr(jax.grad(f))(x))
f = lambda x: jnp.arccos(x).sum()
print('arccos', repr(jnp.round(jax.grad(f)(x), 5)))
print(jax.make_jaxpr(jax.grad(f))(x))
f = lambda x: jnp.arctan(x).sum()
print('arctan', repr(jnp.round(jax.grad(f)(x), 5)))
print(jax.make_jaxpr(jax.grad(f))(x))
