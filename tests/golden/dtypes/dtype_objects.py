import jax.numpy as jnp

x = jnp.arange(3.0)
print(x.dtype, repr(x.dtype), x.dtype == jnp.float32, x.dtype == "float32", x.dtype.name)
print(jnp.dtype("int8"), repr(jnp.dtype(jnp.int16)), jnp.dtype(float), jnp.dtype("bool"))
print(jnp.zeros(2, "int8").dtype, jnp.zeros(2, jnp.dtype("uint8")).dtype, jnp.ones(2, "float16").dtype)
print(jnp.zeros(2, float).dtype, jnp.zeros(2, int).dtype, jnp.zeros(2, bool).dtype, jnp.zeros(2, "float64").dtype)
print(x.astype("int32").dtype, x.astype(jnp.dtype("int16")).dtype, jnp.float32, jnp.int32 == jnp.dtype("int32"))
print(jnp.arange(3, dtype="float32").dtype, jnp.array([1, 2], "uint8").dtype, jnp.dtype(jnp.float32).itemsize)
