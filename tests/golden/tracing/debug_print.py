# jax.debug.print: eagerly, under jit (printed when the compiled function runs, not when it is traced),
# vmap (once per element), grad and jvp (the primal values), inside scan and cond; its jaxpr equation
# (no results, JAX's params) kept by every transformation; and JAX's errors for its arguments.
import jax
import jax.numpy as jnp
from jax import lax

x = jnp.float32(0.1)
def f(a):
    jax.debug.print('v={} w={}', a, jnp.arange(3.)/3 + a)
    return a * 2
f(x)
jf = jax.jit(f)
jf(x)
jf(jnp.float32(0.5))
jax.vmap(f)(jnp.array([0.1, 0.2]))
print(jax.grad(f)(x))
jax.debug.print('hello {}', 'world')
jax.debug.print('no placeholders')
jax.debug.print(ordered=True)('two-call {y}', y=jnp.arange(2))
print(jax.make_jaxpr(lambda a: jax.debug.print('s={s} n={}', a, s='abc'))(1.0))
def g(x):
    jax.debug.print('x = {}', x)
    jax.debug.print('x = {x} y={y}', x=x, y=2)
    return x * 2
print(jax.make_jaxpr(g)(1.0))
print(jax.make_jaxpr(jax.vmap(g))(jnp.arange(3.0)))
print(jax.make_jaxpr(jax.grad(g))(1.0))
print(jax.make_jaxpr(jax.jit(g))(1.0))

def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__)
        print(str(e).splitlines()[0])

show(lambda: jax.debug.print('no placeholders {}', x, 3))
show(lambda: jax.debug.print('{a}', a=1, b=2))
show(lambda: jax.debug.print(ordered=True)('{}', 1, z=3))
show(lambda: jax.debug.print(1, 2))

def body(c, x):
    jax.debug.print('c={} x={}', c, x)
    return c + x, c * x
print(lax.scan(body, 0.0, jnp.arange(3.0)))
print(jax.make_jaxpr(lambda xs: lax.scan(body, 0.0, xs))(jnp.arange(3.0)))
def h(p, x):
    return lax.cond(p, lambda v: (jax.debug.print('yes {}', v), v)[1], lambda v: v * 2, x)
print(h(True, 1.0), h(False, 1.0))
print(jax.make_jaxpr(h)(True, 1.0))
print(jax.grad(lambda xs: lax.scan(body, 0.0, xs)[0])(jnp.arange(3.0)))
print(jax.jit(jax.vmap(lambda v: (jax.debug.print('v={}', v), v + 1)[1]))(jnp.arange(2.0)))

def f(a):
    jax.debug.print('v={}', a)
    return a * 2
print(jax.grad(jax.jit(f))(1.0))
def body(c, x):
    jax.debug.print('c={} x={}', c, x)
    return c + x, c * x
print(jax.make_jaxpr(jax.grad(lambda xs: lax.scan(body, 0.0, xs)[0]))(jnp.arange(3.0)))

def body(c, x):
    jax.debug.print('c={}', c)
    return c + x, c * x
xs = jnp.arange(3.0)
print(jax.make_jaxpr(lambda xs, ts: jax.jvp(lambda v: lax.scan(body, 0.0, v), (xs,), (ts,)))(xs, xs))
print(jax.make_jaxpr(lambda xs: jax.linearize(lambda v: lax.scan(body, 0.0, v)[0], xs)[0])(xs))
