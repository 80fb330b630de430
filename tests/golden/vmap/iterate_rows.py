import jax
import jax.numpy as jnp
a = jnp.arange(24.0).reshape(2, 3, 4)
print(repr(jax.vmap(lambda m: sum(r for r in m))(a)))
print(jax.make_jaxpr(jax.vmap(lambda m: m[0] + m[-1]))(a))
print(jax.vmap(lambda m: len(m) * m.shape[1])(a))
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__)
        print(str(e).splitlines()[0])
show(lambda: jax.vmap(lambda x: x[x > 3])(a))
show(lambda: jax.jit(jax.vmap(lambda x: jnp.arange(x)))(jnp.arange(3)))
show(lambda: jax.vmap(jax.jit(lambda x: jnp.arange(x)))(jnp.arange(3)))
