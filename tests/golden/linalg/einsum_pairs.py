import jax
import jax.numpy as jnp

a = jnp.arange(6.0).reshape(2, 3)
b = jnp.arange(12.0).reshape(3, 4)
c = jnp.arange(12.0).reshape(4, 3)
v = jnp.array([1.0, -2.0, 0.5])
print(repr(jnp.einsum("ij,jk->ik", a, b)), repr(jnp.einsum("ij,jk->ki", a, b)))
print(repr(jnp.einsum("ij,kj", a, c)), repr(jnp.einsum("i,i", v, v)), repr(jnp.einsum("i,j->ij", v, v[:2])))
print(repr(jnp.einsum("ij,ij->i", a, a)), repr(jnp.einsum("ij,j->i", a, v)))
for spec, ops in [("ij,jk->ki", (a, b)), ("ij,kj", (a, c)), ("i,j->ij", (v, v[:2])), ("ij,ij->ij", (a, a)),
                  ("ij,ij->i", (a, a)), ("ij,i->", (a, v[:2])), ("bij,bkj->bik", (jnp.ones((5, 2, 3)), jnp.ones((5, 4, 3))))]:
    print(spec)
    print(jax.make_jaxpr(lambda *xs: jnp.einsum(spec, *xs))(*ops))
