# Names JAX does not have: each module's AttributeError, as JAX words it (Traceur answers names JAX has
# and Traceur lacks with "Traceur does not support ... yet" instead).
import jax
import jax.numpy as jnp
from jax import lax, nn, random


def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__)
        print(str(e).splitlines()[0])


show(lambda: jnp.diagg)
show(lambda: jax.foo)
show(lambda: random.normall)
show(lambda: lax.addd)
show(lambda: nn.relu2)
show(lambda: jax.tree.mapp)
show(lambda: jax.tree_util.tree_mapp)
show(lambda: jnp.linalg.normm)
show(lambda: __import__("jax.scipyy"))
print(hasattr(jnp, "diagg"), hasattr(jnp, "sin"), getattr(random, "normall", None))
