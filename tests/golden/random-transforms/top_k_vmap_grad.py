import jax
import jax.numpy as jnp

m = jnp.array([[3.0, 1.0, 4.0, 1.0], [1.0, 5.0, 9.0, 2.0], [6.0, 5.0, 3.0, 5.0]])
f = lambda r: jax.lax.top_k(jnp.sin(r), 2)[0].sum()
g = jax.vmap(jax.grad(f))
print(g(m))
print(jax.make_jaxpr(g)(m))
h = jax.grad(lambda m: jax.vmap(f)(m).sum())
print(h(m))
print(jax.make_jaxpr(h)(m))
y = jnp.arange(24.0).reshape(2, 3, 4) % 5
k = jax.grad(lambda y: (jax.lax.top_k(y, 2, axis=1)[0] ** 2).sum())
print(k(y))
print(jax.make_jaxpr(k)(y))
