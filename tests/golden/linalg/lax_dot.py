import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6.0).reshape(2, 3)
b = jnp.arange(12.0).reshape(3, 4)
print(repr(lax.dot(a, b)), repr(lax.dot(jnp.arange(3.0), b)))
print(repr(lax.dot_general(a, a, (((1,), (1,)), ((), ())))))
print(repr(lax.batch_matmul(jnp.ones((2, 2, 3)), jnp.ones((2, 3, 1)))))
print(repr(lax.dot_general(jnp.arange(3), jnp.arange(3), (((0,), (0,)), ((), ())), preferred_element_type=jnp.float32)))
print(jax.make_jaxpr(lambda x, y: lax.dot(x, y, precision="highest"))(a, b))
print(jax.make_jaxpr(lambda x, y: lax.dot(x, y, precision=("bfloat16", "float32")))(a, b))
print(jax.make_jaxpr(lambda x, y: jnp.dot(x, y, precision="high"))(a, b))
print(jax.make_jaxpr(lambda x: lax.dot_general(x, x, (((1,), (1,)), ((0,), (0,)))))(a))
print(jax.make_jaxpr(lambda x, y: lax.dot_general(x, y, (([1], [0]), ([], [])), preferred_element_type=jnp.float32))(
    jnp.ones((2, 3), jnp.int8), jnp.ones((3,), jnp.int8)))
print(jax.make_jaxpr(lambda x, y: lax.batch_matmul(x, y))(jnp.ones((2, 2, 3)), jnp.ones((2, 3, 1))))
print(jax.make_jaxpr(lambda x: lax.dot(x, 2.0 * x.T))(a))
