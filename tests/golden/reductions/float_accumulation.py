import jax.numpy as jnp

state = [12345]


def rand(n):
    out = []
    for _ in range(n):
        state[0] = (state[0] * 1103515245 + 12345) % 2**31
        out.append(state[0] / 2**31 * 20.0 - 10.0)
    return out


x = jnp.array(rand(6 * 5)).reshape(6, 5)
print(repr(jnp.sum(x)))
print(repr(jnp.sum(x, axis=0)))
print(repr(jnp.sum(x, axis=1)))
print(repr(jnp.prod(x[:3], axis=0)))
print(repr(jnp.mean(x, axis=0)))
print(repr(jnp.cumsum(jnp.array(rand(17)))))
print(repr(jnp.cumsum(x, axis=0)))
y = jnp.array(rand(3 * 4 * 5)).reshape(3, 4, 5)
print(repr(jnp.sum(y, axis=(0, 2))))
print(repr(jnp.max(y, axis=1)))
