import jax.numpy as jnp

state = [2024]


def rand(n):
    out = []
    for _ in range(n):
        state[0] = (state[0] * 1103515245 + 12345) % 2**31
        out.append(state[0] / 2**31 * 4.0 - 2.0)
    return out


a = jnp.array(rand(4 * 5)).reshape(4, 5)
b = jnp.array(rand(5 * 3)).reshape(5, 3)
v = jnp.array(rand(7))
print(repr(a @ b))
print(repr(jnp.dot(v, v)))
print(repr(jnp.einsum("ij,kj->ik", a, a)))
print(repr(jnp.matmul(jnp.array(rand(2 * 3 * 2)).reshape(2, 3, 2), jnp.array(rand(2 * 2 * 4)).reshape(2, 2, 4))))
print(repr(jnp.outer(v[:3], v[3:])))
print(repr(jnp.tensordot(a, b, axes=1)))
