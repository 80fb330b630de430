import jax
import jax.numpy as jnp
from jax import lax

y, t, aux = jax.jvp(lambda x: (x ** 2, x + 1), (2.0,), (1.0,), has_aux=True)
print(y, t, aux)
print(jax.make_jaxpr(lambda x: jax.jvp(jnp.exp, (x,), (x,)))(1.0))
