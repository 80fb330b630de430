import jax
import jax.numpy as jnp

a = jnp.arange(6.0).reshape(2, 3)
s = jnp.arange(9.0).reshape(3, 3)
t = jnp.arange(12.0).reshape(2, 2, 3)
print(repr(jnp.einsum("ij->ji", a)), repr(jnp.einsum("ij->", a)), repr(jnp.einsum("ij->j", a)))
print(repr(jnp.einsum("ii", s)), repr(jnp.einsum("ii->i", s)), repr(jnp.einsum("iij->j", t)), repr(jnp.einsum("iij->ij", t)))
print(repr(jnp.einsum("ij", a)), repr(jnp.einsum("ji", a)))
for spec, op in [("ij->ji", a), ("ij->", a), ("ii", s), ("ii->i", s), ("iij->j", t), ("iji->ij", jnp.ones((2, 3, 2))), ("ji", a)]:
    print(spec)
    print(jax.make_jaxpr(lambda x: jnp.einsum(spec, x))(op))
