import jax
import jax.numpy as jnp

print(jax.make_jaxpr(lambda x: jax.jit(lambda y: y * 2)(x))(1.0))
h = jax.jit(lambda x: x, donate_argnums=0)
print(jax.make_jaxpr(h)(jnp.array([1.0, 1.0])))


@jax.jit
def sq(x):
    return x * x


@jax.jit
def poly(x):
    return sq(x) + sq(x + 1.0)


print(jax.make_jaxpr(poly)(2.0))
print(repr(poly(2.0)))
print(repr(poly(jnp.array([1.0, 2.0]))))
print(jax.make_jaxpr(lambda x, y: (sq(x), sq(y)))(1.0, jnp.array([1, 2])))
