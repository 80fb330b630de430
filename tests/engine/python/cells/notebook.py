# %% Définitions
import jax
import jax.numpy as jnp


def f(x):
    return jnp.sin(x) * 2.0


def broken(x):
    return x * scale


# %% Utilisation
print(f(1.5))
print(jax.make_jaxpr(f)(1.5))

# %% Une erreur
y = f(jnp.ones(3))
print(y)
broken(y)
