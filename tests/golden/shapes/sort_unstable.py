# XLA sorts with std::sort when stable=False: equal keys come out in its (deterministic) order.
import jax, jax.numpy as jnp
from jax import lax
vals = [((i * 37 + 11) % 7) for i in range(100)]
x = jnp.array(vals)
print(jnp.argsort(x, stable=False))
print(jnp.argsort(x, stable=False, descending=True))
m = jnp.array(vals[:60]).reshape(3, 20)
print(jnp.argsort(m, axis=1, stable=False))
print(jnp.argsort(m, axis=0, stable=False))
f = jnp.array([float(v) if v != 3 else jnp.nan for v in vals[:40]])
print(jnp.argsort(f, stable=False))
k1 = jnp.array([v % 2 for v in vals[:50]]); k2 = jnp.array([v % 3 for v in vals[:50]]); i = jnp.arange(50)
print(lax.sort([k1, k2, i], num_keys=2, is_stable=False)[2])
print(jnp.argsort(jnp.zeros(200), stable=False)[:40])
print(jnp.argsort(jnp.array([(i * 7919) % 1000 // 10 for i in range(1000)]), stable=False)[::37])
