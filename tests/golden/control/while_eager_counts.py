import jax
import jax.numpy as jnp
from jax import lax


def newton_sqrt(a):
    def body(s):
        x, i = s
        return 0.5 * (x + a / x), i + 1

    return lax.while_loop(lambda s: (jnp.abs(s[0] * s[0] - a) > 1e-5) & (s[1] < 50), body, (a, 0))


print(newton_sqrt(2.0))
print(newton_sqrt(jnp.float32(9.0)))
print(jax.jit(newton_sqrt)(16.0))
print(jax.make_jaxpr(newton_sqrt)(2.0))
