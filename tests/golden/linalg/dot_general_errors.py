import jax.numpy as jnp
from jax import lax


def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__)
        print(str(e).splitlines()[0])


x = jnp.ones((3, 4))
show(lambda: lax.dot_general(x, x, (((1,), (0,)), ((), ()))))
show(lambda: lax.dot_general(x, x, (((2,), (0,)), ((), ()))))
show(lambda: lax.dot_general(x, x, (((1,), (5,)), ((), ()))))
show(lambda: lax.dot_general(x, x, (((1,), (1,)), ((0,), ()))))
show(lambda: lax.dot_general(x, x, (((1, 1), (1, 1)), ((), ()))))
show(lambda: lax.dot_general(x, x, (((1,), (1,)), ((1,), (1,)))))
show(lambda: lax.dot_general(x, jnp.ones((3, 5)), (((1,), (1,)), ((0,), (0,)))))
show(lambda: lax.dot_general(x, jnp.ones((5, 4)), (((1,), (1,)), ((0,), (0,)))))
show(lambda: lax.dot(x, jnp.ones((3, 3, 3))))
show(lambda: lax.dot(x, x))
show(lambda: lax.dot(x, jnp.ones(4, jnp.int32)))
show(lambda: lax.dot_general(x, x, (((1,), (1,)), ((), ())), preferred_element_type=jnp.int8))
show(lambda: lax.batch_matmul(x, x))
show(lambda: lax.batch_matmul(jnp.ones((2, 3, 4)), x))
