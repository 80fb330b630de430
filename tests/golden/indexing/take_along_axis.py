# jnp.take_along_axis: a jitted gather with batching dimensions.
import jax
import jax.numpy as jnp

a = jnp.array([[5, 3, 4], [2, 7, 6]])
ii = jnp.array([[1, 2, 0], [0, 2, 1]])
x = jnp.array([[1., 2., 3.], [4., 5., 6.]])
print(repr(jnp.take_along_axis(a, ii, axis=1)), repr(jnp.take_along_axis(a, jnp.array([[1], [0]]), axis=1)))
print(repr(jnp.take_along_axis(x, jnp.array([[1, 0, 2]]), axis=0)), repr(jnp.take_along_axis(a, jnp.array([4, -1]), axis=None)))
print(repr(jnp.take_along_axis(a, jnp.array([[1, 0, 5]]), axis=0, mode='clip')))
print(jax.make_jaxpr(lambda a, ii: jnp.take_along_axis(a, ii, axis=1))(a, ii))
print(jax.make_jaxpr(lambda a, ii: jnp.take_along_axis(a, ii, axis=0))(a, jnp.array([[1, 0, 1]])))
print(jax.make_jaxpr(lambda a, ii: jnp.take_along_axis(a, ii, axis=1, mode='promise_in_bounds'))(a, jnp.array([[1], [0]], dtype=jnp.uint8)))
for f in [lambda: jnp.take_along_axis(a, jnp.array([1.0]), axis=0), lambda: jnp.take_along_axis(a, jnp.array([1]), axis=0),
          lambda: jnp.take_along_axis(a, ii, axis=None)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, "|", str(e).splitlines()[0])
