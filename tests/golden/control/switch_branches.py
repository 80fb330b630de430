import jax
import jax.numpy as jnp
from jax import lax

two = [lambda x: x + 1.0, lambda x: x * 3.0]
four = [lambda x: x + 1.0, lambda x: x * 3.0, lambda x: -x, lambda x: x ** 2]
print(jax.make_jaxpr(lambda i, x: lax.switch(i, two, x))(0, 2.0))
print(jax.make_jaxpr(lambda i, x: lax.switch(i, four, x))(jnp.int32(0), 2.0))
print(jax.make_jaxpr(lambda i, x: lax.switch(i, four, x))(jnp.uint8(0), 2.0))
for i in range(-2, 6):
    print(i, lax.switch(i, four, 2.0), lax.switch(jnp.int32(i), two, 2.0))
print(lax.switch(0, [lambda x: x * 5.0], 2.0))
print(jax.make_jaxpr(lambda i, x: lax.switch(i, [lambda x: x * 5.0], x))(0, 2.0))
print(lax.switch(1, [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b], 5.0, 3.0))
print(lax.switch(2, [lambda: 1, lambda: 2, lambda: 3]))
print(lax.switch(1, four, operand=2.0))
print(jax.jit(lambda i, x: lax.switch(i, four, x))(3, 3.0))
