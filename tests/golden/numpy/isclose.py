# jnp.isclose and jnp.allclose: values, dtypes, NaN and infinity rules, tolerances, their jaxprs, under
# transformations, and JAX's errors.
import jax
import jax.numpy as jnp


def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__)
        print(str(e).splitlines()[0])


a = jnp.array([1.0, 1e6, jnp.inf, jnp.nan, -jnp.inf, 0.0])
b = jnp.array([1.0 + 1e-6, 1.00001e6, jnp.inf, jnp.nan, jnp.inf, 1e-9])
print(jnp.isclose(a, b))
print(jnp.isclose(a, b, equal_nan=True))
print(jnp.isclose(a, b, rtol=0.0, atol=0.0))
print(jnp.allclose(a, b), jnp.allclose(a[:3], b[:3]), jnp.allclose(a, a, equal_nan=True))
print(jnp.isclose(jnp.arange(3), jnp.arange(3)), jnp.isclose(jnp.arange(3), 1.0))
print(jnp.isclose(jnp.array([True, False]), True))
print(jnp.isclose(2, 2.0000001), jnp.allclose(1, 1))
print(jnp.allclose(jnp.ones((2, 3)), jnp.ones(3)))
x = jnp.linspace(0.0, 1.0, 5)
print(jnp.allclose(jax.jit(jnp.sin)(x), jnp.sin(x)))
print(jax.make_jaxpr(jnp.isclose)(a, b))
print(jax.make_jaxpr(lambda u, v: jnp.isclose(u, v, equal_nan=True))(a, b))
print(jax.make_jaxpr(jnp.allclose)(a, b))
print(jax.make_jaxpr(lambda u: jnp.allclose(u, 1, rtol=1e-3))(jnp.arange(3)))
print(jax.vmap(jnp.allclose)(jnp.ones((2, 3)), jnp.array([[1.0, 1.0, 1.0], [1.0, 2.0, 1.0]])))
show(lambda: jnp.isclose([1.0], [1.0]))
show(lambda: jnp.allclose(jnp.ones(2), jnp.ones(3)))
