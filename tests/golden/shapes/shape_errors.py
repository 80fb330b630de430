import jax.numpy as jnp


def show(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__)
        print(str(e).splitlines()[0])


x = jnp.arange(6.0)
show(lambda: jnp.transpose(x, (1,)))
show(lambda: jnp.squeeze(x, 1))
show(lambda: jnp.squeeze(jnp.ones((2, 3)), 0))
show(lambda: jnp.expand_dims(x, 3))
show(lambda: jnp.expand_dims(x, (0, 0)))
show(lambda: jnp.concatenate([x, 1.0]))
show(lambda: jnp.concatenate([1.0, 1.0]))
show(lambda: jnp.concatenate([]))
show(lambda: jnp.concatenate([[1, 2], x]))
show(lambda: jnp.concatenate([x, x.reshape(2, 3)]))
show(lambda: jnp.concatenate([x.reshape(2, 3), jnp.ones((3, 3))], axis=1))
show(lambda: jnp.stack([]))
show(lambda: jnp.stack([x, x[:3]]))
show(lambda: jnp.stack([x, x], axis=2))
show(lambda: jnp.broadcast_to(x, (3,)))
show(lambda: jnp.broadcast_to(x, (2, 3)))
show(lambda: jnp.broadcast_arrays(x, jnp.ones(3)))
show(lambda: jnp.swapaxes(x, 0, 1))
show(lambda: jnp.moveaxis(x, 0, 1))
show(lambda: jnp.split(x, 4))
show(lambda: jnp.pad(x, -1))
show(lambda: jnp.pad(x, 1, mode="foo"))
show(lambda: jnp.sort(x, axis=1))
show(lambda: jnp.flip(x, 1))
show(lambda: jnp.rot90(x))
show(lambda: jnp.tile(x, (1, 2, 3)).shape and jnp.squeeze(x, (0,)))
