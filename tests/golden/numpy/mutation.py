import numpy as np

a = np.zeros(5)
a[0] = 1
a[2:4] = 7.5
a[-1] = np.float32(2.5)
print(repr(a))
m = np.zeros((2, 3), dtype=np.int32)
m[1] = [1, 2, 3]
m[:, 0] = 9
m[0, 1] = 4.9
print(repr(m))
b = np.arange(4)
c = b
b += 1
print(repr(b), repr(c), b is c)
f = np.ones(3)
f *= 2.5
f -= np.array([0.5, 1.0, 1.5])
f /= 2
print(repr(f))
try:
    b += 1.5
except TypeError as e:
    print(type(e).__name__ + ":", e)
s = np.arange(6).reshape(2, 3)
s[...] = 0
print(repr(s))
try:
    a[0:2] = np.ones(3)
except ValueError as e:
    print("ValueError:", e)
