import jax
import jax.numpy as jnp

x = jnp.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
i8 = jnp.array([100, 100, 100], dtype=jnp.int8)
print(repr(jnp.cumulative_sum(x, axis=1)), repr(jnp.cumulative_sum(x, axis=0, include_initial=True)))
print(repr(jnp.cumulative_prod(jnp.arange(1, 5))), repr(jnp.cumulative_prod(x, axis=-1, include_initial=True)))
print(repr(jnp.cumulative_sum(i8)), repr(jnp.cumsum(i8)))
print(jax.make_jaxpr(lambda t: jnp.cumulative_sum(t, axis=1, include_initial=True))(x))
print(jax.make_jaxpr(jnp.cumulative_prod)(jnp.arange(3)))
print(jax.make_jaxpr(jnp.cumulative_sum)(i8))
for f in [lambda: jnp.cumulative_sum(x), lambda: jnp.cumulative_sum(jnp.float32(2.0))]:
    try:
        f()
    except ValueError as e:
        print(type(e).__name__)
        print(str(e).splitlines()[0])
