import jax
import jax.numpy as jnp
@jax.jit
def f(x):
    return x * 2.0 + 1.0
def g(xs, y):
    return f(y) + jax.vmap(lambda a: a + f(y))(xs)
print(jax.make_jaxpr(g)(jnp.ones((2, 3)), jnp.ones(3)))
print(jax.make_jaxpr(lambda xs, y: jax.vmap(lambda a: f(y) + f(a) + f(y))(xs))(jnp.ones((2, 3)), jnp.ones(3)))
