import jax
import jax.numpy as jnp
from jax import lax

x = jnp.array([0.3, 0.7, 1.5])
f = lambda x: jnp.exp(x).sum()
print('exp', repr(jnp.round(jax.grad(f)(x), 5)))
print(jax.make_jaxpr(jax.grad(f))(x))
f = lambda x: jnp.log(x).sum()
print('log', repr(jnp.round(jax.grad(f)(x), 5)))
print(jax.make_jaxpr(jax.grad(f))(x))
f = lambda x: jnp.log1p(x).sum()
print('log1p', repr(jnp.round(jax.grad(f)(x), 5)))
print(jax.make_jaxpr(jax.grad(f))(x))
f = lambda x: jnp.expm1(x).sum()
print('expm1', repr(jnp.round(jax.grad(f)(x), 5)))
print(jax.make_jaxpr(jax.grad(f))(x))
f = lambda x: jnp.exp2(x).sum()
print('exp2', repr(jnp.round(jax.grad(f)(x), 5)))
print(jax.make_jaxpr(jax.grad(f))(x))
