import jax
import jax.numpy as jnp


def f(a, b, c=2.0):
    return a * b + c


print(jax.make_jaxpr(f)(1.0, 2.0))
print(jax.make_jaxpr(f)(1, 2))
print(jax.make_jaxpr(f)(True, 2))
print(jax.make_jaxpr(f, static_argnums=1)(1.0, 3.0))
print(jax.make_jaxpr(lambda t: t[0] + t[1][0] * t[1][1])((1.0, (2.0, 3.0))))
print(jax.make_jaxpr(lambda d: d["b"] - d["a"])({"b": 1.0, "a": 2.0}))
print(jax.make_jaxpr(lambda *xs: sum(xs))(1.0, 2.0, 3.0))
print(jax.make_jaxpr(lambda x: None)(1.0))
print(jax.make_jaxpr(lambda: 3.0)())
print(jax.make_jaxpr(lambda x: (x, [x, {"k": x}]))(1.0))
