import jax
import jax.numpy as jnp

x = jnp.array([7, -7, 9])
print(repr(x // 2), repr(x % 2), repr(divmod(x, 4)), repr(17 % x), repr(-x // 3))
f = jnp.array([7.5, -7.5])
print(repr(f // 2), repr(f % 2.5), repr(2 ** jnp.array([1, 2, 3])), repr(f ** 2))
print(jax.make_jaxpr(lambda a: (a // 2, a % 2))(x))
print(jax.make_jaxpr(lambda a, b: divmod(a, b))(7, 2))
print(jax.make_jaxpr(lambda a: (-a) % 3)(f))
