# jnp.take: a jitted gather along one axis; out-of-range indices fill by default.
import jax
import jax.numpy as jnp

x = jnp.array([[1., 2., 3.], [4., 5., 6.]])
idx = jnp.array([2, 0])
print(repr(jnp.take(x, idx)), repr(jnp.take(x, idx, axis=1)))
print(repr(jnp.take(x, idx, axis=0)), repr(jnp.take(x, idx, axis=0, mode='clip')))
print(repr(jnp.take(x, jnp.array([-1, 5]), axis=1, mode='wrap')), repr(jnp.take(x, jnp.array([-1, 5]), axis=1, fill_value=-1.0)))
print(repr(jnp.take(jnp.arange(4), jnp.array([[0, 9]]))), repr(jnp.take(x, 1)), repr(jnp.take(x, 1, axis=1)))
t = jnp.zeros((2, 3, 4))
i = jnp.array([0, 1])
print(jax.make_jaxpr(lambda x, k: jnp.take(x, k))(t, i))
print(jax.make_jaxpr(lambda x, k: jnp.take(x, k, axis=1, mode='clip'))(t, i))
print(jax.make_jaxpr(lambda x, k: jnp.take(x, k, axis=-1, mode='wrap'))(t, i))
print(jax.make_jaxpr(lambda x: jnp.take(x, 1, axis=0, fill_value=0))(t))
for f in [lambda: jnp.take(x, idx, mode='raise'), lambda: jnp.take(x, idx, mode='bad'), lambda: jnp.take([1, 2], 0),
          lambda: jnp.take(jnp.zeros((0, 2)), jnp.array([0]), axis=0)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, "|", str(e).splitlines()[0])
