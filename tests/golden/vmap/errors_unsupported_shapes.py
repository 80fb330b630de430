import jax
import jax.numpy as jnp
from jax import lax

def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__)
        print(str(e).splitlines()[0])
show(lambda: jax.vmap(lambda x: x.reshape(2, 2))(jnp.ones((3, 3))))
show(lambda: jax.vmap(lambda x: x[5])(jnp.ones((3, 3))))
show(lambda: jax.vmap(lambda x: jnp.ones(3) + x)(jnp.ones((2, 4))))
show(lambda: jax.vmap(lambda x: x.tolist())(jnp.ones(3)))
show(lambda: jax.vmap(lambda x: x[x > 0])(jnp.ones((2, 3))))
