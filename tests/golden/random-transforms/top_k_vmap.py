import jax
import jax.numpy as jnp

x = jnp.array([[3.0, 1.0, 4.0, 1.0, 5.0], [9.0, 2.0, 6.0, 5.0, 3.0], [5.0, 8.0, 9.0, 7.0, 9.0]])
f = jax.vmap(lambda r: jax.lax.top_k(r, 2))
print(f(x))
print(jax.make_jaxpr(f)(x))
g = jax.vmap(lambda c: jax.lax.top_k(c, 2), in_axes=1, out_axes=1)
print(g(x))
print(jax.make_jaxpr(g)(x))
y = jnp.arange(24.0).reshape(2, 3, 4) % 7
h = jax.vmap(lambda m: jax.lax.top_k(m, 1), in_axes=2)
print(h(y))
print(jax.make_jaxpr(h)(y))
n = jax.vmap(jax.vmap(lambda r: jax.lax.top_k(r, 3)))
print(n(y))
print(jax.make_jaxpr(n)(y))
