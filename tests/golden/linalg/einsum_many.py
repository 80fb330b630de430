import jax
import jax.numpy as jnp

ops = [jnp.ones((2, 9)), jnp.ones((9, 3)), jnp.ones((3, 8)), jnp.ones((8, 4)), jnp.ones((4, 7))]
print(repr(jnp.einsum("ij,jk,kl,lm,mn->in", *ops)))
print(jax.make_jaxpr(lambda *xs: jnp.einsum("ij,jk,kl,lm,mn->in", *xs))(*ops))
print(jax.make_jaxpr(lambda a, b, c, d: jnp.einsum("ij,jk,kl,lm->im", a, b, c, d, optimize="branch-1"))(*ops[:4]))
print(jax.make_jaxpr(lambda a, b, c: jnp.einsum("i,j,ij->", a, b, c))(jnp.ones(3), jnp.ones(4), jnp.ones((3, 4))))
try:
    jnp.einsum("i,i", [1.0, 2.0], jnp.ones(2))
except TypeError as e:
    print(type(e).__name__)
    print(str(e).splitlines()[0])
