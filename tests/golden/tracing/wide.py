import jax
import jax.numpy as jnp


def many_args(*xs):
    return sum(xs[1:], xs[0])


print(jax.make_jaxpr(many_args)(*[1.0] * 40))
print(jax.make_jaxpr(lambda *xs: xs)(*[jnp.float32(2.0)] * 30))
print(jax.make_jaxpr(lambda x: [x * i for i in range(1, 25)])(1.0))
