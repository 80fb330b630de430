import jax
import jax.numpy as jnp
from jax import lax

x = jnp.arange(6.0).reshape(2, 3)
print(repr(lax.reshape(x, (3, 2))), repr(lax.reshape(x, (6,), (1, 0))))
print(repr(lax.transpose(x, (1, 0))), repr(lax.rev(x, (0,))), repr(lax.tile(x, (1, 2)).shape))
print(repr(lax.pad(jnp.arange(4), 0, [(2, 1, 1)])), repr(lax.pad(jnp.arange(5), 0, [(-1, -2, 0)])))
print(repr(lax.iota(jnp.int32, 4)), repr(lax.broadcasted_iota(jnp.float32, (2, 3), 1)))
print(repr(lax.concatenate([x, x], 1).shape), repr(lax.stack([x, x], axis=1).shape))
print(lax.split(jnp.arange(5), (2, 3)))
print(lax.sort(jnp.array([3, 1, 2])), lax.sort_key_val(jnp.array([3, 1, 2]), jnp.array([0, 1, 2])))
print(repr(lax.full((2,), 3.0)), repr(lax.full_like(x, 1, dtype=jnp.int32).dtype), repr(lax.expand_dims(x, (0,)).shape))
print(jax.make_jaxpr(lambda x: lax.reshape(x, (6,), (1, 0)))(x))
print(jax.make_jaxpr(lambda x: lax.pad(x, 0.0, [(1, 2, 1), (0, 0, 0)]))(x))
print(jax.make_jaxpr(lambda x: lax.sort([x, x], num_keys=2))(jnp.ones(3)))
print(jax.make_jaxpr(lambda: lax.iota(jnp.int32, 3))())
print(jax.make_jaxpr(lambda x: lax.squeeze(x, (0,)))(jnp.ones((1, 2))))
print(jax.make_jaxpr(lambda x: lax.rev(x, (0, 1)))(x))
