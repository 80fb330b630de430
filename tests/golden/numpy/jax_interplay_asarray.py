import numpy as np
import jax
import jax.numpy as jnp

x = jnp.array([1.0, 2.0, 3.0])
a = np.asarray(x)
print(repr(a), type(a).__name__, a.dtype)
print(repr(np.array(jnp.array([1, 2]))), repr(np.asarray(jnp.array(2.5))))
print(repr(np.asarray(jnp.array(3.0) * 2)), repr(np.array(jnp.array([True]))))
print(repr(np.sqrt(x)), repr(np.sum(x)), repr(np.mean(jnp.array([1, 2]))))
print(repr(np.array(x, dtype=np.float64)), repr(np.allclose(x, [1, 2, 3])))
print(repr(np.asarray(x) + 1), repr(np.asarray(x) / np.float64(3)))


def g(t):
    return np.asarray(t)


try:
    jax.make_jaxpr(g)(1.0)
except jax.errors.TracerArrayConversionError as e:
    print(type(e).__name__, str(e).splitlines()[0])


def h(t):
    return np.sin(t)


try:
    jax.make_jaxpr(h)(jnp.array([1.0, 2.0]))
except jax.errors.TracerArrayConversionError as e:
    print(type(e).__name__, str(e).splitlines()[0])
