import jax
import jax.numpy as jnp

x = jnp.array([0.0, 1.0, 2.0, 10.0, -1.0, jnp.inf, jnp.nan, 1e-3])
i = jnp.array([1, 2, 8, 0])
print(repr(jnp.exp2(x)), repr(jnp.exp2(i)))
print(repr(jnp.log2(x)), repr(jnp.log2(i)))
print(repr(jnp.log10(x)), repr(jnp.log10(jnp.array([10.0, 100.0, 1000.0]))))
print(jax.make_jaxpr(jnp.exp2)(i))
print(jax.make_jaxpr(jnp.log2)(x))
print(jax.make_jaxpr(jnp.log10)(i))
print(jax.make_jaxpr(jnp.log2)(2.0))
print(jax.make_jaxpr(lambda a: jnp.log10(a) + jnp.exp2(a))(jnp.ones(2, jnp.float16)))
print(repr(jnp.log2(8)), repr(jnp.exp2(3)), repr(jnp.log10(jnp.array(1000.0, jnp.float16))))
