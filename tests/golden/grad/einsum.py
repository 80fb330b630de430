import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6.0).reshape(2, 3)
b = jnp.arange(12.0).reshape(3, 4)
f = lambda a, b: jnp.einsum('ij,jk->ik', a, b).sum()
print(jax.grad(f)(a, b))
print(jax.make_jaxpr(jax.grad(f, argnums=1))(a, b))
x = jnp.ones((2, 3, 4))
y = jnp.ones((2, 4, 5))
print(jax.make_jaxpr(jax.grad(lambda x, y: jnp.einsum('bij,bjk->bik', x, y).sum()))(x, y))
