import jax

key = jax.random.PRNGKey(42)
print(repr(jax.random.split(key)))
print(repr(jax.random.split(key, 1)))
print(repr(jax.random.split(key, 4)))
print(repr(jax.random.split(key, (2, 3))))
print(repr(jax.random.split(key, 0)))
tk = jax.random.key(42)
print(repr(jax.random.split(tk)))
print(repr(jax.random.split(tk, 3)))
print(jax.random.split(tk, (2, 2)).shape)
print(repr(jax.random.key_data(jax.random.split(tk, 5))))
