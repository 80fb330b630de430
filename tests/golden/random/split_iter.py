import jax

key = jax.random.key(0)
k1, k2 = jax.random.split(key)
print(repr(k1))
print(repr(k2))
ks = jax.random.split(key, 4)
print(repr(ks[0]))
print(repr(ks[-1]))
print(repr(ks[1:3]))
print(len(ks))
for k in jax.random.split(key, 3):
    print(repr(jax.random.key_data(k)))
a, b, c = jax.random.split(jax.random.PRNGKey(5), 3)
print(repr(a), repr(b), repr(c))
key = jax.random.PRNGKey(1)
for i in range(3):
    key, sub = jax.random.split(key)
    print(repr(jax.random.uniform(sub, (2,))))
