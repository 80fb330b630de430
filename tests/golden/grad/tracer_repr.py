import jax
import jax.numpy as jnp


def f(x):
    print(x)
    print(repr(x * 2))
    print(x.shape, x.dtype)
    return (x * 2).sum()


jax.grad(f)(1.0)
jax.grad(f)(jnp.array([1.0, 2.0]))
jax.jvp(f, (1.0,), (3.0,))
jax.make_jaxpr(jax.grad(f))(1.0)
jax.grad(jax.grad(f))(1.0)
