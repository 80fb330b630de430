import jax
import jax.numpy as jnp


def show(fn, *args):
    try:
        fn(*args)
    except Exception as e:
        print(type(e).__name__)
        lines = str(e).splitlines()
        print(lines[0])
        for line in lines[1:]:
            if line.startswith("The error occurred"):
                print(line.split(" at ")[0], "...", line.split(" for ")[-1])


def uses_bool(x, y):
    return x if x > y else y


def uses_float(x):
    return float(x)


def uses_int(x):
    return int(x)


def uses_index(x):
    return [1, 2, 3][x]


def uses_two(a, b):
    if a + b:
        return a
    return b


show(jax.make_jaxpr(uses_bool), 1.0, 2.0)
show(jax.make_jaxpr(uses_float), 1.0)
show(jax.make_jaxpr(uses_int), 1)
show(jax.make_jaxpr(uses_index), 1)
show(jax.make_jaxpr(uses_two), 1.0, 2.0)
show(jax.jit(uses_bool), 1.0, 2.0)
