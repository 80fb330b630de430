import jax
import jax.numpy as jnp

x = jnp.array([3.0, 1.0, 4.0, 1.0, 5.0])
f = lambda x: jax.lax.top_k(x, 2)[0].sum()
print(jax.grad(f)(x))
print(jax.make_jaxpr(jax.grad(f))(x))
m = jnp.array([[3.0, 1.0, 4.0], [1.0, 5.0, 9.0]])
g = lambda m: (jax.lax.top_k(m, 2)[0] * jnp.array([2.0, 1.0])).sum()
print(jax.grad(g)(m))
print(jax.make_jaxpr(jax.grad(g))(m))
print(jax.jvp(lambda m: jax.lax.top_k(m, 2)[0], (m,), (jnp.ones_like(m),)))
print(jax.make_jaxpr(lambda m, t: jax.jvp(lambda m: jax.lax.top_k(m, 1)[0], (m,), (t,)))(m, m))
