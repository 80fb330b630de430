/**
 * The code a first start shows: a small notebook (`# %%` cells) that walks from a function to its jaxpr,
 * then through vmap, grad and jit, with comments in French as the interface is.
 */
export const WELCOME_CODE = `# %% Une fonction et son jaxpr
# Bienvenue dans Traceur ! Maj+Entrée exécute une cellule,
# Ctrl+Entrée (ou « Exécuter tout ») les exécute toutes.
import jax
import jax.numpy as jnp


def f(x):
    y = jnp.sin(x) * 2.0
    return y ** 2 + 1.0


print(f(1.5))
print(jax.make_jaxpr(f)(1.5))  # son graphe s'affiche à droite

# %% vmap : la même fonction sur tout un tableau
xs = jnp.linspace(0.0, 3.0, 4)
print(jax.vmap(f)(xs))
print(jax.make_jaxpr(jax.vmap(f))(xs))

# %% grad : la dérivée, calculée par JAX
print(jax.grad(f)(1.5))
print(jax.make_jaxpr(jax.grad(f))(1.5))

# %% jit : compiler, puis comparer les temps dans l'onglet « Temps »
grille = jnp.linspace(0.0, 3.0, 1_000_000)
f_vec = jax.vmap(f)
f_jit = jax.jit(f_vec)
for _ in range(5):
    f_vec(grille).block_until_ready()
    f_jit(grille).block_until_ready()
`;
