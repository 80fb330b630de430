import jax
import jax.numpy as jnp

x = jnp.array([1.0, 2.0, 3.0, 0.5, 4.0])
for f in [jnp.cumprod, lambda v: jax.lax.cummax(v), lambda v: jax.lax.cummin(v, reverse=True)]:
    g = lambda v: (f(v) * jnp.arange(5.0)).sum()
    print(jax.grad(g)(x))
print(jax.make_jaxpr(jax.grad(lambda v: jnp.cumprod(v).sum()))(x[:4]))
m = jnp.arange(1.0, 7.0).reshape(2, 3)
print(jax.grad(lambda m: jnp.cumprod(m, axis=1).sum())(m))
print(jax.jvp(lambda v: jax.lax.cummax(v), (x,), (jnp.ones(5),)))
