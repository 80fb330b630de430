# A boolean mask that depends on a traced value has no static shape: JAX refuses it.
import jax
import jax.numpy as jnp

x = jnp.arange(5.0)
for f in [lambda x: x[x > 2], lambda x: x.at[x > 2].set(0.0), lambda x: x[(x > 1) & (x < 4)], lambda x: x[1:][x[1:] > 2]]:
    try:
        jax.make_jaxpr(f)(x)
    except Exception as e:
        print(type(e).__name__)
        print(str(e).splitlines()[0])
        print(isinstance(e, IndexError))
