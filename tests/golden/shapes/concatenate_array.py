import jax, jax.numpy as jnp
x = jnp.arange(24.0).reshape(2, 3, 4)
print(repr(jnp.concatenate(x)), repr(jnp.concatenate(x, axis=1).shape), repr(jnp.concatenate(x, axis=None).shape))
print(repr(jnp.stack(x).shape), repr(jnp.stack(x, axis=1)), repr(jnp.stack(x, axis=-1).shape))
print(jax.make_jaxpr(lambda x: jnp.concatenate(x))(x))
print(jax.make_jaxpr(lambda x: jnp.concatenate(x, axis=-1))(x))
print(jax.make_jaxpr(lambda x: jnp.stack(x, axis=1))(x))
print(jax.make_jaxpr(lambda x: jnp.concatenate(x, dtype=jnp.int32))(x))
def show(f):
    try:
        f(); print("no error")
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[0])
show(lambda: jnp.concatenate(jnp.ones(3)))
show(lambda: jnp.concatenate(jnp.ones((0, 3))))
show(lambda: jnp.stack(jnp.ones(())))
