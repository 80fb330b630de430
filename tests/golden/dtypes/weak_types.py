import jax
import jax.numpy as jnp

print(jnp.array(1.0).weak_type, jnp.asarray(1).weak_type, jnp.array([1.0]).weak_type)
print(jnp.zeros_like(1.0).weak_type, jnp.full((2,), 1.0).weak_type, jnp.full((2,), 1.0, jnp.float32).weak_type)
print(jnp.ones(2).weak_type, jnp.arange(3).weak_type, jnp.linspace(0, 1, 3).weak_type)
w = jnp.array(2.0)
print(jnp.reshape(w, (1,)).weak_type, jnp.expand_dims(w, 0).weak_type, jnp.stack([w, w]).weak_type)
print(jnp.concatenate([jnp.full((1,), 1.0), jnp.ones(1)]).weak_type, jnp.tile(jnp.full((1,), 1.0), 2).weak_type)
print(jnp.broadcast_to(w, (2,)).weak_type, jnp.flip(jnp.full((2,), 1.0)).weak_type, w.astype(jnp.float32).weak_type)
print(jax.make_jaxpr(lambda x: jnp.stack([x, 1.0]) + jnp.ones(2))(1.0))
print(jax.make_jaxpr(lambda x: jnp.full((2,), x) * jnp.ones(2, jnp.float16))(1.0))
