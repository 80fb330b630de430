import jax
import jax.numpy as jnp
from jax import lax


def collatz(n):
    def body(s):
        k, steps = s["n"], s["steps"]
        k = jnp.where(k % 2 == 0, k // 2, 3 * k + 1)
        return {"n": k, "steps": steps + 1}
    return lax.while_loop(lambda s: s["n"] != 1, body, {"n": n, "steps": jnp.int32(0)})


print(collatz(27))
print(jax.make_jaxpr(collatz)(jnp.int32(6)))
print(lax.while_loop(lambda c: c < 10, lambda c: c * 2, 1))
print(repr(lax.while_loop(lambda c: c < 10.0, lambda c: c * 2, 1.0)))
print(repr(lax.while_loop(lambda c: c < 10, lambda c: c + 1.5, 0)))
print(lax.while_loop(lambda c: c[0] < 3, lambda c: [c[0] + 1, c[1] + c[0]], [0, jnp.zeros(2)]))
print(jax.make_jaxpr(lambda x: lax.while_loop(lambda c: c < 3, lambda c: c + 1, 0))(1.0))
print(lax.while_loop(lambda c: False, lambda c: c + 1, jnp.arange(3)))
