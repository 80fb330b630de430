import jax
from jax import numpy as jnp
import numpy as np


def make_dumb_function_allocating_memory(n):
    def dumb_func_allocating_memory2(a):
        x = a * jnp.array([0, 1, 2][:n])
        return x

    return dumb_func_allocating_memory2


f = make_dumb_function_allocating_memory(3)
print(jax.make_jaxpr(f)(2))
print(repr(np.arange(3)), np.pi)
print(jax.make_jaxpr(lambda a: a * np.float32(2.0) + np.int64(1))(jnp.array([1.0, 2.0])))
