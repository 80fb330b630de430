# Equations remember the line of the user's code that created them (JAX's source_info).
import jax
import jax.numpy as jnp


def helper(x):
    return jnp.sin(x) * 2.0


def f(x):
    y = helper(x)
    z = y + x
    return jnp.sum(z**2)


print(jax.make_jaxpr(f)(jnp.ones(3)))
print(jax.make_jaxpr(jax.grad(f))(jnp.ones(3)))
print(jax.make_jaxpr(jax.vmap(f))(jnp.ones((2, 3))))

g = jax.jit(helper)


def transforms_inside(x):
    a = g(x)
    b = jax.vmap(helper)(a)
    c = jax.grad(lambda t: helper(t).sum())(b)
    return c * 3.0


print(jax.make_jaxpr(transforms_inside)(jnp.ones(3)))


def grad_through_jit(x):
    return jax.grad(lambda t: jnp.sum(g(t)))(x)


print(jax.make_jaxpr(grad_through_jit)(jnp.ones(3)))


def vmap_through_jit(x):
    return jax.vmap(g)(x) - 1.0


print(jax.make_jaxpr(vmap_through_jit)(jnp.ones((2, 3))))


def branches(x):
    return jax.lax.cond(x.sum() > 0, lambda v: v * 3.0, lambda v: helper(v), x)


print(jax.make_jaxpr(branches)(jnp.ones(3)))


def loop(x):
    def body(carry, v):
        s = carry + helper(v)
        return s, carry

    return jax.lax.scan(body, x, jnp.ones((2, 3)))


print(jax.make_jaxpr(loop)(jnp.ones(3)))
