import re

import jax
import jax.numpy as jnp
from jax import lax


def show(fn):
    try:
        fn()
        print("no error")
    except Exception as e:
        print(type(e).__name__)
        print(re.sub(r" at \S+:(\d+)", r" at FILE:\1", str(e)))


show(lambda: lax.switch(1, [], 1.0))
show(lambda: lax.switch(1.0, [lambda x: x, lambda x: x], 1.0))
show(lambda: lax.switch(jnp.array([0, 1]), [lambda x: x, lambda x: x], 1.0))
show(lambda: lax.switch(True, [lambda x: x, lambda x: x], 1.0))
show(lambda: lax.switch(0, [lambda x: x, 2], 1.0))
show(lambda: lax.switch(0, [lambda x: x, lambda x: x * 2, lambda x: (x, x)], 1.0))
show(lambda: lax.switch(0, [lambda x: x, lambda x: x * 2, lambda x: x.astype(jnp.int32)], 1.0))
show(lambda: lax.switch(0, [lambda x: x, lambda x: jnp.ones(2), lambda x: jnp.ones(3)], 1.0))
