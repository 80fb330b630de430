import numpy as np

a = np.array([0.1, 0.2, 0.3], dtype=np.float32)
print(repr(a), repr(a.sum()), repr(a.mean()), a.tolist())
b = a * np.float32(3)
print(repr(b), repr(b - a), repr(b / a))
print(repr(a.astype(np.float64)), repr(a.astype(np.float16)))
c = np.arange(1, 5, dtype=np.float32)
print(repr(c / 3), repr(np.sqrt(c)), repr(c ** 2), repr(1 / c))
print(repr(np.float32(1) / np.float32(3)), repr(np.float32(16777217)), repr(np.float32(3.4e38) * 10))
print(repr(np.mean(np.ones(100, dtype=np.float32) * np.float32(0.1))))
print(repr(np.sum(np.ones(1000, dtype=np.float32) * np.float32(0.1))))
