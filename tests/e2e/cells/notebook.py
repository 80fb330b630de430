# %% Une fonction pure
import jax
import jax.numpy as jnp


def dumb_pure_func(x):
    b = x + 3
    c = b**2
    return c


# %% Son jaxpr
print(dumb_pure_func(3))
print(jax.make_jaxpr(dumb_pure_func)(2))

# %% vmap, puis une erreur
def myfunc(x, a=1, b=1, c=1):
    return a * x**2 + b * x + c


vmyfunc = jax.vmap(myfunc, in_axes=(0, None, None, None))
print(repr(vmyfunc(jnp.linspace(0.0, 5.0, 6), 1, 1, 1)))
print(myfunc(mystery))
