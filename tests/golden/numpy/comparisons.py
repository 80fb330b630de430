import numpy as np

a = np.array([1, 2, 3])
b = np.array([3, 2, 1])
print(repr(a == b), repr(a != b), repr(a < b), repr(a <= 2), repr(2.5 > a), repr(a >= b))
m = a > 1
print(repr(m), m.dtype, repr(m & (b > 1)), repr(m | (b > 2)), repr(m ^ True), repr(~m))
print(repr(np.logical_and(m, a < 3)), repr(np.logical_not(m)), repr(np.logical_or(False, m)))
print(repr(np.equal(a, 2)), repr(np.greater(a, b)), repr(np.less_equal(1.5, a)))
print(repr(np.array([5, 6]) & 3), repr(np.array([5, 6]) | 8), repr(np.array([5], dtype=np.uint8) ^ 1))
print(bool(np.array([1]) == 1), bool(np.float64(0.0)), bool(np.int64(2)))
try:
    bool(a == a)
except ValueError as e:
    print("ValueError:", e)
