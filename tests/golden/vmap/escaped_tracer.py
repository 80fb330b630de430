import jax
import jax.numpy as jnp
saved = []
def f(x):
    saved.append(x)
    return x
jax.vmap(f)(jnp.ones(3))
try:
    jnp.sin(saved[0])
except Exception as e:
    print(type(e).__name__)
    print(str(e).splitlines()[0])
try:
    jax.make_jaxpr(lambda y: y + saved[0])(1.0)
except Exception as e:
    print(type(e).__name__)
    print(str(e).splitlines()[0])
