import jax
import jax.numpy as jnp

def f(a, b):
    return jnp.where(a > b, a - b, b - a)

vf = jnp.vectorize(f)
x = jnp.arange(6.0).reshape(2, 3)
print(repr(vf(x, 2.0)))
print(repr(vf(x, jnp.array([1.0, 2.0, 3.0]))))
print(jax.make_jaxpr(vf)(x, jnp.array([1.0, 2.0, 3.0])))
mv = jnp.vectorize(lambda m, v: m @ v, signature="(n,k),(k)->(n)")
print(repr(mv(jnp.ones((4, 2, 3)), jnp.arange(3.0))))
print(jax.make_jaxpr(mv)(jnp.ones((4, 2, 3)), jnp.arange(3.0)))
g = jnp.vectorize(lambda a, n: a ** n, excluded={1})
print(repr(g(jnp.arange(4.0), 2)))
print(repr(jnp.vectorize(lambda a: a * 2)(jnp.ones((1, 3)))))
try:
    mv(jnp.ones((4, 2, 3)), jnp.arange(4.0))
except ValueError as e:
    print(e)
