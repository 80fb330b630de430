import numpy as np


def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: np.ones(2) + np.ones(3))
show(lambda: np.ones((2, 3)) * np.ones((3, 2)))
show(lambda: np.ones((2, 3)).reshape(4))
show(lambda: np.ones(6).reshape(4, -1))
show(lambda: np.array([True]) - np.array([False]))
show(lambda: -np.array([True]))
show(lambda: np.max(np.zeros(0)))
show(lambda: np.sum(np.ones((2, 3)), axis=2))
show(lambda: np.ones(3).mean(axis=-2))
show(lambda: np.arange(3) ** -1)
show(lambda: np.array([[1, 2], [3]]))
show(lambda: len(np.array(1.0)))
show(lambda: float(np.ones(2)))
show(lambda: np.zeros(-1))
show(lambda: np.ones(3).foo)
