# Large eager results dropped by Python while the engine may still hold them: every value stays right.
# (Traceur recycles the memory of large arrays Python drops; these are the ways a value outlives its name.)
import jax
import jax.numpy as jnp

n = 600
x = jnp.arange(n * n, dtype=jnp.float32).reshape(n, n) / 1024.0


def show(name, v):
    print(name, v.shape, v[0, :3], v[-1, -3:])


# A jitted function that closes over an eager result, which Python then drops.
c = x + 1.0
f = jax.jit(lambda y: y * 2.0 + c)
show("closure first call", f(x))
del c
tmp = x * 3.0  # takes recycled memory, if any was (wrongly) released
show("closure after del", f(x))
del tmp

# The identity: jit and asarray hand back the very value they were given.
y = x - 1.0
same = jax.jit(lambda v: v)(y)
also = jnp.asarray(y)
del y
junk = x * 5.0
show("jit identity", same)
show("asarray", also)
del junk

# The same value twice in one result.
pair = jax.jit(lambda v: (v + 2.0,) * 2)(x)
first, second = pair
del pair, first
junk = x * 7.0
show("second of a pair", second)
del junk

# Inside a transformation: vmap and grad keep their inputs.
z = x + 4.0
batched = jax.vmap(lambda row: row * 2.0)(z)
del z
junk = x * 9.0
show("vmap", batched)
del junk
w = x[:2] + 0.5
g = jax.grad(lambda v: (v * v).sum())(w)
del w
junk = x * 11.0
print("grad", g[0, :3], g[1, -3:])

# Chains of temporaries, as the seed's myfunc makes them.
xa = jnp.linspace(0.0, 5.0, 600)
aa = jnp.linspace(0.0, 1.0, 500)
for _ in range(3):
    out = aa[:, None] * xa[None, :] ** 2 + 1 * xa[None, :] + 1
show("myfunc", out)
print(out[250, 300], out.sum(axis=1)[:2])
