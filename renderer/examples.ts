/** The code a first start shows: a function, its value, its jaxpr. */
export const WELCOME_CODE = `import jax
import jax.numpy as jnp


def f(x):
    y = jnp.sin(x) * 2.0
    return y ** 2 + 1.0


print(f(1.5))
print(jax.make_jaxpr(f)(1.5))
`;
