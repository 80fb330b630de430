import numpy as np
import jax
import jax.numpy as jnp


def f(x):
    return x * np.float32(0.1)


print(jax.make_jaxpr(f)(1.0))
print(jax.make_jaxpr(lambda x: x + np.float64(0.1))(1.0))
print(jax.make_jaxpr(lambda x: x * np.int64(3))(2))
print(jax.make_jaxpr(lambda x: x * np.array(2.5))(1.0))
print(jax.make_jaxpr(lambda x: x * np.array([0.1, 2.0]))(1.0))
print(jax.make_jaxpr(lambda x: x + np.arange(3))(jnp.array([1, 2, 3])))
print(jax.make_jaxpr(lambda x: jnp.sin(x) + np.pi)(1.0))
print(jax.make_jaxpr(lambda x: x * np.bool_(True))(1.0))
print(jax.make_jaxpr(lambda x: x + np.uint8(3))(jnp.array([1, 2], dtype=jnp.uint8)))
print(jax.make_jaxpr(lambda x, y: x * y)(np.float32(1.0), np.arange(3)))
