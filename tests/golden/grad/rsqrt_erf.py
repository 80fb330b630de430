import jax
import jax.numpy as jnp
from jax import lax

x = jnp.array([0.3, 0.7, 1.5])
for f in [lax.rsqrt, lax.erf, lax.erfc, lax.erf_inv, lax.logistic]:
    g = jax.grad(lambda x: f(x * 0.5).sum())
    print(repr(g(x)))
    print(jax.make_jaxpr(g)(x))
