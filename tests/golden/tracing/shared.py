import jax
import jax.numpy as jnp


@jax.jit
def inner(x):
    return jnp.sin(x) + 1.0


@jax.jit
def middle(x):
    return inner(x) * inner(x * 2.0)


def top(x):
    return middle(x) + inner(x)


print(jax.make_jaxpr(top)(1.0))


@jax.jit
def big(x):
    for _ in range(11):
        x = x + 1.0
    return x


print(jax.make_jaxpr(lambda x: big(x) * 2.0)(1.0))


def f(x):
    return x


lam = jax.jit(lambda x: x * 3.0)
print(jax.make_jaxpr(lambda x: lam(x) + lam(x) + jax.jit(f)(x) + jax.jit(f)(x))(1.0))
