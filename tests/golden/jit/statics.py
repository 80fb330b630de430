import jax
import jax.numpy as jnp

g = jax.jit(lambda x, n: x * n, static_argnums=1)
print(jax.make_jaxpr(lambda x: g(x, 3))(jnp.array([1.0, 1.0, 1.0])))
print(repr(g(jnp.array([1.0, 2.0]), 4)))


def scale(x, factor=2.0, *, mode="mul"):
    return x * factor if mode == "mul" else x + factor


s = jax.jit(scale, static_argnames=("mode",))
print(jax.make_jaxpr(lambda x: s(x, mode="add"))(1.0))
print(repr(s(jnp.array([1.0, 2.0]), 3.0, mode="mul")))
try:
    jax.jit(lambda x, l: x, static_argnums=1)(1.0, [1, 2])
except ValueError as e:
    print(type(e).__name__)
    print(str(e).splitlines()[0])
