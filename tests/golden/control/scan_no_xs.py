import jax
import jax.numpy as jnp
from jax import lax


def fib(n):
    return lax.scan(lambda c, _: ((c[1], c[0] + c[1]), c[0]), (0, 1), None, length=n)


print(fib(10))
print(jax.make_jaxpr(lambda: fib(5))())
print(lax.scan(lambda c, _: (c * 2.0, None), 1.0, None, length=4))
print(jax.make_jaxpr(lambda x: lax.scan(lambda c, _: (c * 2.0, None), x, None, length=4))(1.0))
print(lax.scan(lambda c, x: (c, x), 0.0, None, length=0))
print(lax.scan(lambda c, x: (c + x, c), 0.0, jnp.zeros((0,))))
print(jax.make_jaxpr(lambda x: lax.scan(lambda c, _: (c + 1.0, c), x, None, length=3, reverse=True))(1.0))
