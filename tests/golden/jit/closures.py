import jax
import jax.numpy as jnp

w = jnp.array([0.0, 1.0, 2.0])


@jax.jit
def f(x):
    return x * w + 1.0


print(jax.make_jaxpr(f)(jnp.array([1.0, 1.0, 1.0])))
print(jax.make_jaxpr(lambda x: f(x) + f(x))(jnp.array([1.0, 1.0, 1.0])))
print(repr(f(jnp.array([1.0, 2.0, 3.0]))))


def outer(x, y):
    @jax.jit
    def inner(z):
        return z * y + w

    return inner(x)


print(jax.make_jaxpr(outer)(jnp.array([1.0, 1.0, 1.0]), 2.0))
print(repr(outer(jnp.array([1.0, 1.0, 1.0]), 2.0)))
