# jnp.searchsorted with each of its methods, as JAX composes them (a scan of bisection steps by default).
import jax
import jax.numpy as jnp

a = jnp.array([1.0, 2.0, 2.0, 3.5, 7.0])
v = jnp.array([[0.5, 2.0], [3.6, 9.0]])
for m in ["scan", "scan_unrolled", "compare_all", "sort"]:
    print(m, jnp.searchsorted(a, v, method=m), jnp.searchsorted(a, v, side="right", method=m))
    print(jnp.searchsorted(a, 2.0, method=m), jnp.searchsorted(a, 2.0, side="right", method=m))
special = jnp.array([-jnp.inf, -0.0, 0.0, 1.0, jnp.nan])
q = jnp.array([0.0, -0.0, jnp.nan, jnp.inf, -jnp.inf])
for m in ["scan", "compare_all", "sort"]:
    print(m, jnp.searchsorted(special, q, method=m), jnp.searchsorted(special, q, side="right", method=m))
ints = jnp.array([0, 3, 3, 9, 12])
print(jnp.searchsorted(ints, jnp.array([3, 4, 13, -1])), jnp.searchsorted(ints, 3, side="right"))
print(jnp.searchsorted(ints, jnp.array([2.5, 3.0])))
print(jnp.searchsorted(jnp.array([5.0, 1.0, 3.0]), 2.0, sorter=jnp.array([1, 2, 0])))
print(jnp.searchsorted(jnp.zeros(0), jnp.array([1.0, 2.0])))
print(jnp.searchsorted(a, jnp.float32(2.0)))
print(jax.make_jaxpr(lambda a, v: jnp.searchsorted(a, v))(a, 2.0))
print(jax.make_jaxpr(lambda a, v: jnp.searchsorted(a, v, side="right"))(a, v))
print(jax.make_jaxpr(lambda a, v: jnp.searchsorted(a, v, method="compare_all"))(a, v))
print(jax.make_jaxpr(lambda a, v: jnp.searchsorted(a, v, method="sort", side="right"))(a, v))
print(jax.make_jaxpr(lambda a, v: jnp.searchsorted(a, v, method="scan_unrolled"))(a, jnp.array([1.0, 4.0])))
print(jax.make_jaxpr(lambda a, v: jnp.searchsorted(a, v))(ints, 3))
print(jax.vmap(jnp.searchsorted)(jnp.array([[1.0, 2.0, 3.0], [0.0, 5.0, 6.0]]), jnp.array([2.5, 5.0])))
print(jax.jit(lambda a, v: jnp.searchsorted(a, v, side="right"))(a, v))
for bad in [lambda: jnp.searchsorted(jnp.ones((2, 2)), 1.0), lambda: jnp.searchsorted([1.0, 2.0], 1.0),
            lambda: jnp.searchsorted(a, 1.0, method="fancy"),
            lambda: jnp.searchsorted(a, 1.0, side="middle")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
