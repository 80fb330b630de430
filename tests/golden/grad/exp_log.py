import jax
import jax.numpy as jnp
from jax import lax

x = jnp.array([0.3, 0.7, 1.5])
f = lambda x: jnp.exp(x).sum()
print('exp', repr(jax.grad(f)(x)))
print(jax.make_jaxpr(jax.grad(f))(x))
f = lambda x: jnp.log(x).sum()
print('log', repr(jax.grad(f)(x)))
print(jax.make_jaxpr(jax.grad(f))(x))
f = lambda x: jnp.log1p(x).sum()
print('log1p', repr(jax.grad(f)(x)))
print(jax.make_jaxpr(jax.grad(f))(x))
f = lambda x: jnp.expm1(x).sum()
print('expm1', repr(jax.grad(f)(x)))
print(jax.make_jaxpr(jax.grad(f))(x))
f = lambda x: jnp.exp2(x).sum()
print('exp2', repr(jax.grad(f)(x)))
print(jax.make_jaxpr(jax.grad(f))(x))
