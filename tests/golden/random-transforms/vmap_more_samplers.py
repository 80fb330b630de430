import jax
import jax.numpy as jnp

keys = jax.random.split(jax.random.key(20), 3)
def show(name, f):
    try:
        print(name, repr(jax.vmap(f)(keys)))
    except Exception as e:
        print(name, type(e).__name__, str(e).splitlines()[0])

show("exponential", lambda k: jax.random.exponential(k, (2,)))
show("gumbel", lambda k: jax.random.gumbel(k, (2,)))
show("categorical", lambda k: jax.random.categorical(k, jnp.array([0.1, 1.0, 2.0]), shape=(4,)))
show("truncated_normal", lambda k: jax.random.truncated_normal(k, -1.0, 1.0, (2,)))
show("laplace", lambda k: jax.random.laplace(k, (2,)))
show("logistic", lambda k: jax.random.logistic(k, (2,)))
show("rademacher", lambda k: jax.random.rademacher(k, (3,)))
show("bits", lambda k: jax.random.bits(k, (2,)))
