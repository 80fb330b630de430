import jax.numpy as jnp
from jax import lax

print(repr(lax.cond(True, lambda x: x * 2, lambda x: x, jnp.arange(3))))
print(repr(lax.cond(False, lambda x: x / 3, lambda x: x + 0.5, jnp.arange(3.0))))
print(repr(lax.cond(True, lambda: jnp.int8(3), lambda: jnp.int8(4))))
print(repr(lax.cond(True, lambda x: x, lambda x: x + 1, 2)))
print(repr(lax.cond(True, lambda x: x > 1, lambda x: x < 1, jnp.array([0.0, 2.0]))))
print(repr(lax.switch(2, [lambda x: x, lambda x: x * 2, lambda x: x // 3], jnp.arange(4))))
print(repr(lax.while_loop(lambda c: c[0] < 5, lambda c: (c[0] + 1, c[1] * 1.1), (0, jnp.float32(1.0)))))
print(repr(lax.fori_loop(0, 10, lambda i, v: v + jnp.sin(i * 1.0), jnp.zeros(2))))
print(repr(lax.scan(lambda c, x: (c * x, c + x), jnp.float32(1.0), jnp.linspace(0.5, 2.0, 4))))
print(repr(lax.scan(lambda c, x: (c + x, x.astype(jnp.int32)), 0, jnp.arange(5))))
print(repr(lax.map(lambda x: jnp.stack([x, x * x]), jnp.arange(3))))
print(repr(lax.map(lambda x: x.sum(), jnp.ones((2, 0)))))
