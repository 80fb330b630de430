import jax
import jax.numpy as jnp
from jax import lax

f = lambda a, b, c: a * b ** 2 + c
print(jax.grad(f)(1.0, 2.0, 3.0))
print(jax.grad(f, argnums=1)(1.0, 2.0, 3.0))
print(jax.grad(f, argnums=(2, 0))(1.0, 2.0, 3.0))
print(jax.make_jaxpr(jax.grad(f, argnums=(2, 0)))(1.0, 2.0, 3.0))
print(jax.value_and_grad(f, argnums=(0, 1))(1.0, 2.0, 3.0))
