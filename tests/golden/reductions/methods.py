import jax
import jax.numpy as jnp

x = jnp.array([[1.0, -2.0, 4.0], [3.0, 0.5, -1.0]])
print(repr(x.sum()), repr(x.sum(axis=0)), repr(x.sum(1, keepdims=True)))
print(repr(x.prod()), repr(x.mean(axis=1)), repr(x.max()), repr(x.min(axis=0)))
print(repr(x.argmax(axis=1)), repr(x.argmin()), repr(x.any()), repr((x > 0).all(axis=0)))
print(repr(x.cumsum()), repr(x.cumprod(axis=0)))
print(repr(x.var(axis=0)), repr(x.std()), repr(x.ptp(axis=1)))
print(jax.make_jaxpr(lambda t: t.sum(axis=1) + t.max(axis=1))(x))
print(jax.make_jaxpr(lambda t: t.mean(0, keepdims=True))(x))
