# The patterns of JAX's "Pseudorandom numbers" tutorial.
import jax
import jax.numpy as jnp
from jax import random

key = random.key(42)
print(key)
print(repr(key))
for i in range(3):
    new_key, subkey = random.split(key)
    del key
    val = random.normal(subkey)
    del subkey
    print(f"draw {i}: {val}")
    key = new_key

key = random.key(1701)
print(random.normal(key, (3,)))
keys = random.split(key, num=3)
print(keys.shape)
new_key, *subkeys = random.split(key, num=4)
print(len(subkeys), repr(subkeys[0]))
print(random.normal(subkeys[1], (2,)), random.uniform(subkeys[2]))
print("all at once: ", random.normal(key, shape=(3,)))
key1, key2 = random.split(random.key(0))
print(random.randint(key1, (5,), 0, 10), random.bernoulli(key2, 0.3, (5,)))
print(f"{random.uniform(key1):.4f}")
print(jnp.mean(random.normal(random.key(3), (10000,))) < 0.05)
