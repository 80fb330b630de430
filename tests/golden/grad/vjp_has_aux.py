import jax
import jax.numpy as jnp
from jax import lax

out, f_vjp, aux = jax.vjp(lambda x: (jnp.sin(x), x * 3), 1.0, has_aux=True)
print(out, aux, f_vjp(1.0))
