import jax, jax.numpy as jnp

@jax.custom_jvp
def f(x):
    return jnp.sin(x)

@f.defjvp
def f_jvp(primals, tangents):
    x, = primals
    t, = tangents
    return f(x), jnp.cos(x) * t * 2.0

print(f(1.0))
print(jax.make_jaxpr(f)(1.0))
print(jax.grad(f)(1.0))
print(jax.make_jaxpr(jax.grad(f))(1.0))
print(jax.jvp(f, (1.0,), (1.0,)))

@jax.custom_vjp
def g(x, y):
    return x * y

def g_fwd(x, y):
    return g(x, y), (x, y)

def g_bwd(res, ct):
    x, y = res
    return (ct * y * 10.0, ct * x)

g.defvjp(g_fwd, g_bwd)
print(g(2.0, 3.0))
print(jax.make_jaxpr(g)(2.0, 3.0))
print(jax.grad(g, argnums=(0, 1))(2.0, 3.0))
print(jax.make_jaxpr(jax.grad(g))(2.0, 3.0))
