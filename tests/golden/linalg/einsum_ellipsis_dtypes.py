import jax
import jax.numpy as jnp

x = jnp.arange(24.0).reshape(2, 3, 4)
y = jnp.arange(8.0).reshape(4, 2)
print(repr(jnp.einsum("...ij,jk->...ik", x, y)))
print(repr(jnp.einsum("...i,...i", x, x)))
print(repr(jnp.einsum("ij,jk->ik", jnp.arange(6).reshape(2, 3), jnp.arange(6).reshape(3, 2))))
print(jax.make_jaxpr(lambda p, q: jnp.einsum("...ij,jk->...ik", p, q))(x, y))
print(jax.make_jaxpr(lambda p: jnp.einsum("...ii->...i", p))(jnp.ones((2, 3, 3))))
print(jax.make_jaxpr(lambda p, q: jnp.einsum("ij,jk->ik", p, q))(jnp.ones((2, 3), jnp.int32), jnp.ones((3, 2))))
print(jax.make_jaxpr(lambda p, q: jnp.einsum("ij,jk", p, q, preferred_element_type=jnp.float32))(
    jnp.ones((2, 3), jnp.int32), jnp.ones((3, 2), jnp.int32)))
print(jax.make_jaxpr(lambda p, q: jnp.einsum("ij,jk->ik", p, q))(jnp.ones((1, 3)), jnp.ones((3, 4))))
print(jax.make_jaxpr(lambda p, q: jnp.einsum("i,i->", p, q))(jnp.ones(1), jnp.ones(3)))
print(jax.make_jaxpr(lambda p: jnp.einsum("ij->", p))(jnp.ones((2, 2), bool)))
