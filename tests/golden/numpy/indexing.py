import numpy as np

a = np.arange(12).reshape(3, 4)
print(repr(a[0]), repr(a[-1]), repr(a[1, 2]), repr(a[1][2]))
print(repr(a[:, 1]), repr(a[1:, ::2]), repr(a[::-1]), repr(a[..., -1]))
print(repr(a[None, 0].shape), repr(a[:, None, :].shape), repr(a[..., None].shape))
print(repr(a[0, ...]), repr(a[()].shape), repr(a[1:1]))
v = np.array([10.0, 20.0, 30.0])
print(repr(v[1]), repr(v[-3]), repr(v[5:]), repr(v[::2]), repr(v[np.int64(2)]))
s = np.array(5.0)
print(repr(s[()]), repr(s[...]))
for idx in [5, (0, 0, 0)]:
    try:
        v[idx]
    except IndexError as e:
        print("IndexError:", e)
try:
    a[3]
except IndexError as e:
    print("IndexError:", e)
try:
    a[0, -5]
except IndexError as e:
    print("IndexError:", e)
