import jax
import jax.numpy as jnp
from jax import lax

print(jax.make_jaxpr(lambda i, x: lax.switch(i, [jnp.sin, jnp.cos, jnp.tanh], x))(1, 2.0))
for i in [-1, 0, 1, 2, 3, 7]:
    print(i, lax.switch(i, [jnp.sin, jnp.cos, jnp.tanh], 2.0))
