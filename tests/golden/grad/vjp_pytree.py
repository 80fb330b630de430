import jax
import jax.numpy as jnp
from jax import lax

def f(p):
    return {'a': p['x'] * 2.0, 'b': (p['x'] * p['y']).sum()}

p = {'x': jnp.arange(3.0), 'y': jnp.ones(3)}
out, vjp_fn = jax.vjp(f, p)
print(out)
print(vjp_fn({'a': jnp.ones(3), 'b': 1.0}))
