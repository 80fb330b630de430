import numpy as np

a = np.array([[1.0, 2.0], [3.0, 4.0]])
for row in a:
    print(repr(row))
    for v in row:
        print(repr(v), end=" ")
    print()
print(len(a), len(a[0]))
print(list(np.arange(3)), [float(v) for v in np.linspace(0, 1, 3)])
print(sum(np.array([1, 2, 3])), max(np.array([4, 9, 2])), sorted(np.array([3, 1, 2])))
total = 0.0
for x in np.arange(0.0, 1.0, 0.25):
    total += x
print(total, type(total))
print(*np.array([7, 8]))
print(dict(zip(["a", "b"], np.array([1.5, 2.5]))))
