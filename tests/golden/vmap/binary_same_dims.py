import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6.0).reshape(2, 3)
b = jnp.arange(6.0, 12.0).reshape(2, 3)
for f in [jnp.add, jnp.subtract, jnp.multiply, jnp.divide, jnp.maximum, jnp.minimum, jnp.power]:
    print(repr(jax.vmap(f)(a, b)))
print(jax.make_jaxpr(jax.vmap(lambda x, y: x * y - y / x))(a, b))
