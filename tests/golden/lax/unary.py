import jax
import jax.numpy as jnp
from jax import lax

x = jnp.array([-1.5, -0.5, 0.0, 0.5, 2.0])
p = jnp.array([0.25, 1.0, 4.0, 9.0])
print(repr(lax.neg(x)), repr(lax.sign(x)), repr(lax.floor(x)), repr(lax.ceil(x)), repr(lax.abs(x)))
print(repr(lax.exp(x)), repr(lax.log(p)), repr(lax.tanh(x)), repr(lax.logistic(x)))
print(repr(lax.sqrt(p)), repr(lax.rsqrt(p)), repr(lax.cbrt(jnp.array([-8.0, 27.0]))), repr(lax.square(x)))
print(repr(lax.sin(x)), repr(lax.cos(x)), repr(lax.exp2(x)), repr(lax.expm1(x)), repr(lax.log1p(p)))
print(repr(lax.is_finite(jnp.array([1.0, jnp.inf, jnp.nan]))), repr(lax.erf_inv(jnp.array([-0.5, 0.0, 0.9]))))
print(repr(lax.neg(jnp.array([-2147483648, 5]))), repr(lax.abs(jnp.array([-3, -2147483648]))), repr(lax.sign(jnp.array([-4, 0, 9]))))
print(jax.make_jaxpr(lambda a: lax.exp(lax.sin(a)) + lax.rsqrt(a))(x))
print(jax.make_jaxpr(lambda a: lax.is_finite(a))(1.0))
print(jax.make_jaxpr(lambda a: (lax.square(a), lax.neg(a), lax.sign(a)))(jnp.array([1, 2])))
