import jax.numpy as jnp


def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__)
        print(str(e).splitlines()[0])


x = jnp.arange(12.0).reshape(3, 4)
show(lambda: jnp.sum(x, axis=2))
show(lambda: jnp.sum(x, axis=(0, 0)))
show(lambda: jnp.mean(x, axis=-3))
show(lambda: jnp.sum([1, 2]))
show(lambda: jnp.sum(x, where=1))
show(lambda: jnp.max(x, where=x > 3))
show(lambda: jnp.max(jnp.zeros((0, 3))))
show(lambda: jnp.sum(x, initial=jnp.ones(2)))
show(lambda: jnp.sum(x, out=x))
show(lambda: jnp.argmax(jnp.zeros((0, 3))))
show(lambda: jnp.argmin(jnp.zeros((0, 3)), axis=0))
show(lambda: jnp.argmax(x, axis=5))
show(lambda: jnp.cumsum(x, axis=2))
show(lambda: jnp.var(x, ddof=1, correction=1))
show(lambda: jnp.std(x, dtype=jnp.int32))
show(lambda: jnp.average(x, weights=jnp.ones(4)))
show(lambda: jnp.average(x, axis=1, weights=jnp.ones(3)))
