import jax
import jax.numpy as jnp
from jax import lax

i = jnp.array([7, -7, 0, -2147483648, 2147483647, 5])
z = jnp.array([0, 0, 0, -1, 0, 3])
print(repr(lax.div(i, z)), repr(lax.rem(i, z)))
u = jnp.array([7, 0, 4294967295], jnp.uint32)
uz = jnp.array([0, 0, 2], jnp.uint32)
print(repr(lax.div(u, uz)), repr(lax.rem(u, uz)))
i8 = jnp.array([7, -128, 5], jnp.int8)
z8 = jnp.array([0, -1, 0], jnp.int8)
print(repr(lax.div(i8, z8)), repr(lax.rem(i8, z8)))
print(repr(lax.div(jnp.array([-7, 7]), jnp.array([2, -2]))), repr(lax.rem(jnp.array([-7, 7]), jnp.array([2, -2]))))
print(repr(lax.rem(jnp.array([5.5, -5.5, 5.5, 1.0, jnp.inf]), jnp.array([2.0, 2.0, -2.0, 0.0, 2.0]))))
print(repr(lax.div(jnp.array([1.0, -1.0, 0.0]), jnp.array([0.0, 0.0, 0.0]))))
