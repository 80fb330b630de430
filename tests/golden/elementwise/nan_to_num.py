import jax
import jax.numpy as jnp

x = jnp.array([0.0, jnp.nan, 1.0, jnp.inf, -jnp.inf])
print(repr(jnp.nan_to_num(x)))
print(repr(jnp.nan_to_num(x, nan=-1.0, posinf=9.0, neginf=-9.0)))
print(repr(jnp.nan_to_num(x.astype(jnp.float16))), repr(jnp.nan_to_num(jnp.array([1, 2]))))
print(jax.make_jaxpr(jnp.nan_to_num)(x))
print(jax.make_jaxpr(lambda a: jnp.nan_to_num(a, posinf=5.0))(x))
print(jax.make_jaxpr(jnp.nan_to_num)(jnp.array([1, 2])))
