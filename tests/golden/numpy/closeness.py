import numpy as np

a = np.array([1.0, 2.0, 3.0])
print(np.allclose(a, a + 1e-9), np.allclose(a, a + 1e-3), type(np.allclose(a, a)))
print(repr(np.isclose(a, np.array([1.0, 2.1, 3.0]))))
print(repr(np.isclose(1.0, 1.0 + 1e-10)), repr(np.isclose(np.array([np.nan]), np.nan)))
print(repr(np.isclose(np.array([np.nan]), np.nan, equal_nan=True)))
print(np.allclose(a, [1, 2, 3]), np.allclose(a, 2.0, atol=1.5), np.allclose(np.inf, np.inf))
print(np.array_equal(a, [1, 2, 3]), np.array_equal(a, a[:2]), np.array_equal(a, a * 1.0000001))
print(np.array_equal(np.array([np.nan]), np.array([np.nan])), np.array_equal(np.array([np.nan]), np.array([np.nan]), equal_nan=True))
print(np.allclose(np.array([1e-9]), np.array([0.0])), np.allclose(np.array([1.0]), np.array([1.0 + 1e-5]), rtol=1e-6))
