import numpy as np

print(repr(np.float32(0.1) + 0.2), repr(np.float32(0.1) + np.float64(0.2)))
print(repr(np.int8(3) + 4), repr(np.int8(3) + 4.0), repr(np.uint8(3) * 2))
print(repr(np.int32(3) / 2), repr(np.int64(7) // 2), repr(np.int64(3) + 1))
print(repr(np.bool_(True) + 1), repr(np.bool_(True) + True), repr(np.bool_(True) & False))
print(repr(np.float32(1.5) * 2), repr(2 * np.float32(1.5)), repr(np.float32(2) ** 2))
print(repr(np.float64(1.0) / 3), repr(1 / np.float64(3.0)), type(1.0 + np.float64(1.0)))
print(repr(np.float32(0.1) == 0.1), repr(np.float64(0.1) == 0.1), repr(np.int64(2) < 3))
print(repr(np.array(2.0) + 1), repr(np.array(2) * np.array(3)))
print(repr(np.float16(1.5) + 1), repr(np.float16(1) + np.float32(1)))
print(repr(np.array([1, 2], dtype=np.int8) + 1), repr(np.array([1, 2], dtype=np.uint16) * 3))
try:
    np.array([1], dtype=np.int8) + 300
except OverflowError as e:
    print("OverflowError:", e)
try:
    np.array([1], dtype=np.uint8) - 1 + (-1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    np.int8(300)
except OverflowError as e:
    print("OverflowError:", e)
print(repr(np.array([1], dtype=np.int8) < 1000))
