import jax
import jax.numpy as jnp


def chain(x):
    for i in range(720):
        x = x * 1.0001 if i % 2 else x + 0.5
    return x


text = str(jax.make_jaxpr(chain)(1.0))
lines = text.splitlines()
print(len(lines))
print("\n".join(lines[:3]))
print("\n".join(lines[698:706]))
print("\n".join(lines[-3:]))
