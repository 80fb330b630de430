import jax.numpy as jnp
from jax import lax


def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__)
        print(str(e).splitlines()[0])


show(lambda: lax.add(jnp.ones(3), jnp.ones(4)))
show(lambda: lax.add(jnp.ones(3), jnp.ones((2, 3))))
show(lambda: lax.mul(jnp.ones((2, 3)), jnp.ones((3, 2))))
show(lambda: lax.add(jnp.ones(3), jnp.ones(4, jnp.int32)))
show(lambda: lax.eq(jnp.ones((2, 1)), jnp.ones((3,))))
show(lambda: lax.select(jnp.array([True, False]), jnp.ones(3), jnp.ones(3)))
show(lambda: lax.select_n(True, jnp.ones(3), jnp.ones(2)))
show(lambda: lax.select_n(jnp.array(1.0), jnp.ones(3), jnp.ones(3)))
show(lambda: lax.select_n(jnp.array(True), jnp.ones(3), jnp.ones(3), jnp.ones(3)))
show(lambda: lax.select_n(jnp.array(True)))
show(lambda: lax.clamp(jnp.zeros(3), jnp.ones(2), 1.0))
show(lambda: lax.clamp(0.0, jnp.ones(2), jnp.ones(3)))
print(repr(lax.add(jnp.ones((2, 1)), jnp.ones((2, 3)))), repr(lax.mul(2.0, jnp.ones(2))))
