# .at[].add, .multiply (.mul) and .subtract; repeated indices accumulate.
import jax
import jax.numpy as jnp

x = jnp.arange(5.0)
print(repr(x.at[1].add(10.0)), repr(x.at[1:3].add(1.0)))
print(repr(x.at[jnp.array([0, 0, 4])].add(1.0)))
print(repr(x.at[jnp.array([2, 2])].multiply(3.0)), repr(x.at[2].mul(0.5)))
print(repr(x.at[-1].subtract(4.0)), repr(x.at[jnp.array([1, 1])].subtract(jnp.array([1.0, 2.0]))))
n = jnp.array([1, 2, 3])
print(repr(n.at[0].add(2)), repr(n.at[1].multiply(5)), repr(n.at[2].add(jnp.int32(-3))))
print(jax.make_jaxpr(lambda x: x.at[1].add(1.0))(x))
print(jax.make_jaxpr(lambda x: x.at[::2].mul(2.0))(x))
print(jax.make_jaxpr(lambda x: x.at[-1].subtract(1.0))(x))
