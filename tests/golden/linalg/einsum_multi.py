import jax
import jax.numpy as jnp

a = jnp.arange(6.0).reshape(2, 3)
b = jnp.arange(12.0).reshape(3, 4) / 4
c = jnp.arange(20.0).reshape(4, 5) - 7
print(repr(jnp.einsum("ij,jk,kl->il", a, b, c)))
print(repr(jnp.einsum("ij,jk,kl", a, b, c)))
print(jax.make_jaxpr(lambda x, y, z: jnp.einsum("ij,jk,kl->il", x, y, z))(a, b, c))
print(jax.make_jaxpr(lambda x, y, z: jnp.einsum("ij,jk,kl->il", x, y, z))(jnp.ones((10, 2)), jnp.ones((2, 10)), jnp.ones((10, 3))))
print(jax.make_jaxpr(lambda x, y, z: jnp.einsum("i,i,i->", x, y, z))(jnp.ones(3), jnp.ones(3), jnp.ones(3)))
print(jax.make_jaxpr(lambda x, y, z, w: jnp.einsum("ab,bc,cd,de->ae", x, y, z, w))(
    jnp.ones((2, 8)), jnp.ones((8, 3)), jnp.ones((3, 9)), jnp.ones((9, 4))))
print(jax.make_jaxpr(lambda x, y, z: jnp.einsum("ij,jk,kl->il", x, y, z, optimize=False))(a, b, c))
