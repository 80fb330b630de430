import jax
import jax.numpy as jnp

x = jnp.arange(1.0, 7.0).reshape(2, 3)
for f in [lambda x: x.prod(), lambda x: x.prod(axis=1).sum(), lambda x: jnp.prod(x, axis=0).sum()]:
    print(repr(jax.grad(f)(x)))
    print(jax.make_jaxpr(jax.grad(f))(x))
v = jnp.arange(1.0, 6.0)
print(jax.make_jaxpr(jax.grad(lambda v: jnp.prod(v)))(v))
g = lambda v: (jnp.pad(v, (2, 1), constant_values=3.0) ** 2).sum()
print(jax.grad(g)(v))
print(jax.make_jaxpr(jax.grad(g))(v))
print(jax.make_jaxpr(jax.grad(lambda v: v[::2].sum()))(v))
