import numpy as np

print(np.pi, np.e, np.inf, -np.inf, np.nan)
print(type(np.pi), np.newaxis is None)
print(np.pi * 2, np.e ** 2)
a = np.array([1.0, 2.0, 3.0])
print(a[np.newaxis].shape, a[:, np.newaxis].shape, a[:, None].shape)
print(np.array([np.inf, -np.inf, np.nan]))
print(repr(np.array([np.nan, 1.0])))
