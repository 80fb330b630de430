# jax.device_put: eager (the arrays themselves, or copies), and as the device_put primitive under make_jaxpr,
# jit, grad, jvp and vmap, with its params (copy semantics, devices, sources).
import jax, jax.numpy as jnp, numpy as np
x=jnp.ones(3)
print(jax.make_jaxpr(jax.device_put)(x))
print(jax.make_jaxpr(lambda x: jax.device_put(x)*2)(x))
print(jax.make_jaxpr(jax.grad(lambda x: jax.device_put(x)*2.))(1.))
print(jax.make_jaxpr(jax.vmap(lambda x: jax.device_put(x)*2.))(x))
print(jax.device_put(x), jax.device_put(3.0), type(jax.device_put(3.0)), jax.device_put([1,2]))
print(jax.make_jaxpr(lambda a,b: jax.device_put((a,b)))(x, 1.0))
c=jnp.ones(3)
print(jax.make_jaxpr(lambda a: jax.device_put(c)+a)(c))
print(jax.make_jaxpr(lambda a: jax.device_put(a, may_alias=False))(c))
print(jax.make_jaxpr(lambda a: jax.device_put(2.0)+a)(c))
print(jax.make_jaxpr(lambda a: jax.device_put(a, jax.devices()[0]))(c))
print(jax.make_jaxpr(lambda a,t: jax.jvp(jax.device_put, (a,), (t,)))(1.0, 1.0))
print(repr(jax.device_put(3.0)), repr(jax.device_put(jnp.int8(3))), repr(jax.device_put({'a': 1, 'b': (2.0,)})))
print(repr(jax.device_put(np.ones(2))))
print(jax.device_put(x) is x, jax.device_put(x, may_alias=False) is x, jax.device_put(x, jax.devices()[0]) is x)
print(repr(jax.device_put(np.float32(2))), repr(jax.device_put(True)), repr(jax.device_put(np.arange(3))))
try: jax.device_put(x, donate=True, may_alias=True)
except Exception as e: print(type(e).__name__, e)
try: jax.device_put('a')
except Exception as e: print(type(e).__name__, e)
print(jax.make_jaxpr(lambda a: jax.device_put(a, donate=True))(x))
print(jax.make_jaxpr(jax.vmap(lambda a: jax.device_put((a, x))))(jnp.ones((2,3))))
print(jax.jit(lambda a: jax.device_put(a) * 3)(x), jax.grad(lambda a: (jax.device_put(a) ** 2).sum())(x))


def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__)
        print(str(e).splitlines()[0])


# A donated input cannot be transposed.
show(lambda: jax.make_jaxpr(jax.grad(lambda a: jax.device_put(a, donate=True) * 2.))(1.))
# Transposed, a device_put goes back from its destination to its source.
print(jax.make_jaxpr(jax.grad(lambda a: jax.device_put(a, jax.devices()[0]) * 2.))(1.))
