import numpy as np

print(repr(np.dtype("float32")), np.dtype("float32"))
print(repr(np.dtype(float)), repr(np.dtype(int)), repr(np.dtype(bool)))
print(repr(np.dtype(np.int8)), repr(np.dtype("i4")), repr(np.dtype("f8")))
d = np.dtype("float64")
print(d.name, d.kind, d.itemsize, d.char)
print(d == np.float64, d == "float64", d == np.float32, np.dtype("int32") == np.int32)
print(np.float32.dtype if False else np.dtype(np.float32))
print(np.array([1.0]).dtype == np.float64, np.array([1]).dtype == np.int64)
print(repr(np.promote_types(np.int32, np.float32)), repr(np.promote_types("uint8", "int8")))
print(repr(np.promote_types(np.int64, np.uint64)), repr(np.promote_types(np.float16, np.int16)))
print(repr(np.result_type(np.array([1], dtype=np.int8), 1)), repr(np.result_type(np.int8, 1.0)))
