import jax
import jax.numpy as jnp


@jax.custom_jvp
def softclip(x):
    return jnp.tanh(x) * 2.0


softclip.defjvps(lambda t, ans, x: t * (2.0 - ans * ans / 2.0))

x = jnp.array([0.5, -1.0, 2.0])
print(repr(softclip(x)))
print(repr(jax.grad(lambda x: softclip(x).sum())(x)))
print(jax.make_jaxpr(jax.grad(lambda x: softclip(x).sum()))(x))
print(jax.jit(jax.grad(lambda x: softclip(x).sum()))(x))


@jax.custom_vjp
def clip_gradient(x):
    return x


def clip_fwd(x):
    return x, None


def clip_bwd(_, g):
    return (jnp.clip(g, -1.0, 1.0),)


clip_gradient.defvjp(clip_fwd, clip_bwd)
print(jax.grad(lambda x: 3.0 * clip_gradient(x))(2.0))
print(jax.make_jaxpr(jax.grad(lambda x: 3.0 * clip_gradient(x)))(2.0))
print(jax.grad(lambda x: (clip_gradient(x) * jnp.array([0.5, 5.0])).sum())(jnp.ones(2)))
try:
    jax.jvp(clip_gradient, (1.0,), (1.0,))
except TypeError as e:
    print(type(e).__name__, e)


@jax.custom_vjp
def mul_pair(p):
    return p["a"] * p["b"]


def mul_fwd(p):
    return mul_pair(p), (p["a"], p["b"])


def mul_bwd(res, g):
    a, b = res
    return ({"a": g * b, "b": g * a * 0.0},)


mul_pair.defvjp(mul_fwd, mul_bwd)
print(jax.grad(mul_pair)({"a": 2.0, "b": 5.0}))
