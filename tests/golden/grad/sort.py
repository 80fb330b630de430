import jax
import jax.numpy as jnp

x = jnp.array([[3.0, 1.0, 2.0], [0.5, 2.0, 1.0]])
f = lambda x: (jnp.sort(x, axis=1) * jnp.arange(3.0)).sum()
print(jax.grad(f)(x))
print(jax.make_jaxpr(jax.grad(f))(x))
v = jnp.array([3.0, 1.0, 2.0])
print(jax.grad(lambda v: jnp.sort(v)[0] * 2.0)(v))
print(jax.jvp(jnp.sort, (v,), (jnp.arange(3.0),)))
