# Where JAX knows the line, Traceur gives the same one (JAX loses it past some jit boundaries of its own).
import jax
import jax.numpy as jnp


def helper(x):
    return jnp.sin(x) * 2.0


def w(x):
    return jax.lax.while_loop(lambda c: c[0] < 3, lambda c: (c[0] + 1, helper(c[1])), (0, x))


print(jax.make_jaxpr(w)(jnp.ones(3)))


def vc(x):
    return jax.vmap(lambda v: jax.lax.cond(v > 0, helper, lambda u: -u, v))(x)


print(jax.make_jaxpr(vc)(jnp.ones(3)))


def gc(x):
    return jax.grad(lambda v: jax.lax.cond(v > 0, helper, lambda u: u * u, v))(x)


print(jax.make_jaxpr(gc)(1.0))


def gs(x):
    def body(c, v):
        return c * helper(v), None
    return jax.grad(lambda c: jax.lax.scan(body, c, jnp.arange(3.0))[0])(x)


print(jax.make_jaxpr(gs)(1.0))


def nn(x):
    y = jax.nn.relu(x)
    return jnp.where(y > 1.0, y, jnp.exp(y))


print(jax.make_jaxpr(jax.grad(lambda x: nn(x).sum()))(jnp.ones(3)))


def jv(x):
    return jax.jvp(helper, (x,), (jnp.ones_like(x),))


print(jax.make_jaxpr(jv)(jnp.ones(3)))
