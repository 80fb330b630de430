"""Writes cases.json: arrays, scalars and floats with what real JAX 0.10.2 / numpy 2.4 print for them.

Run from the project root:  .venv-jax/bin/python tests/engine/format/gen_cases.py
"""

import json
import math
import os
import warnings

warnings.filterwarnings("ignore")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
import ml_dtypes  # noqa: E402
import numpy as np  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20240601)

DTYPE_NAMES = {
    "float16", "bfloat16", "float32", "float64", "int8", "int16", "int32", "int64",
    "uint8", "uint16", "uint32", "uint64", "bool",
}


def encode(v):
    """A JSON value that JS turns back into the exact same number."""
    if isinstance(v, (bool, np.bool_)):
        return 1 if v else 0
    if isinstance(v, (int, np.integer)):
        return int(v)
    f = float(v)
    if math.isnan(f):
        return "nan"
    if math.isinf(f):
        return "inf" if f > 0 else "-inf"
    return f


def flat_values(a):
    a = np.asarray(a)
    return [encode(v) for v in a.reshape(-1).tolist()] if a.dtype != ml_dtypes.bfloat16 else [
        encode(float(v)) for v in a.astype(np.float32).reshape(-1)
    ]


arrays = []


def jax_case(name, x):
    x = jnp.asarray(x) if not isinstance(x, jax.Array) else x
    assert x.dtype.name in DTYPE_NAMES, x.dtype
    arrays.append({
        "name": name,
        "kind": "jax",
        "dtype": x.dtype.name,
        "shape": list(x.shape),
        "weak_type": bool(x.aval.weak_type),
        "values": flat_values(np.asarray(x)),
        "repr": repr(x),
        "str": str(x),
    })


def np_case(name, a):
    assert a.dtype.name in DTYPE_NAMES, a.dtype
    arrays.append({
        "name": name,
        "kind": "numpy",
        "dtype": a.dtype.name,
        "shape": list(a.shape),
        "weak_type": False,
        "values": flat_values(a),
        "repr": repr(a),
        "str": str(a),
    })


def scalar_case(name, s):
    dtype = np.asarray(s).dtype.name
    assert dtype in DTYPE_NAMES, dtype
    arrays.append({
        "name": name,
        "kind": "numpy_scalar",
        "dtype": dtype,
        "shape": [],
        "weak_type": False,
        "values": flat_values(np.asarray(s)),
        "repr": repr(s),
        "str": str(s),
    })


# ---- the arrays of the public goldens (core/repr_format.py and core/elementwise.py) ----

jax_case("golden: [1.0, 2.5, -3.25]", jnp.array([1.0, 2.5, -3.25]))
jax_case("golden: [1e-8, 1.0]", jnp.array([1e-8, 1.0]))
jax_case("golden: [1e8, 1.0]", jnp.array([1e8, 1.0]))
jax_case("golden: [0.1, 0.2, 0.3] * 3", jnp.array([0.1, 0.2, 0.3]) * 3)
jax_case("golden: nan inf -inf 0", jnp.array([jnp.nan, jnp.inf, -jnp.inf, 0.0]))
jax_case("golden: arange(2000.)", jnp.arange(2000.0))
jax_case("golden: arange(40.).reshape(4, 10) / 7", jnp.arange(40.0).reshape(4, 10) / 7)
jax_case("golden: array(3.0)", jnp.array(3.0))
jax_case("golden: array(3)", jnp.array(3))
jax_case("golden: array(True)", jnp.array(True))
jax_case("golden: array(3.5)", jnp.array(3.5))
jax_case("golden: arange(3)", jnp.arange(3))
jax_case("golden: [[True, False]]", jnp.array([[True, False]]))
jax_case("golden: zeros((2, 0))", jnp.zeros((2, 0)))
jax_case("golden: ones((2, 1, 2), int32)", jnp.ones((2, 1, 2), dtype=jnp.int32))
jax_case("golden: [-0.0, 123456.789, 1.5]", jnp.array([-0.0, 123456.789, 1.5]))
jax_case("golden: [1, 2] uint8", jnp.array([1, 2], dtype=jnp.uint8))
jax_case("golden: [1., 2.] float16", jnp.array([1.0, 2.0], dtype=jnp.float16))
jax_case("golden: [1., 2.] bfloat16", jnp.array([1.0, 2.0], dtype=jnp.bfloat16))
jax_case("golden: arange(6.).reshape(2, 3)", jnp.arange(6.0).reshape(2, 3))

gx = jnp.linspace(-2.0, 2.0, 5)
for fname in ["sin", "cos", "tan", "exp", "log1p", "tanh", "sqrt", "abs", "sign", "floor", "ceil", "round", "square"]:
    fn = getattr(jnp, fname)
    jax_case(f"golden: {fname}(linspace(-2, 2, 5))", fn(jnp.abs(gx) if fname in ("sqrt", "log1p") else gx))
jax_case("golden: maximum(x, 0.0)", jnp.maximum(gx, 0.0))
jax_case("golden: minimum(x, 1)", jnp.minimum(gx, 1))
jax_case("golden: clip(x, -1, 1)", jnp.clip(gx, -1, 1))
jax_case("golden: where(x > 0, x, 0.0)", jnp.where(gx > 0, gx, 0.0))
jax_case("golden: exp([0, 1, 100])", jnp.exp(jnp.array([0.0, 1.0, 100.0])))
jax_case("golden: log([0, -1, 1])", jnp.log(jnp.array([0.0, -1.0, 1.0])))

# ---- JAX arrays, all dtypes and layouts ----

FLOAT_SETS = {
    "small ints": [0.0, 1.0, 2.0, 3.0],
    "halves": [0.5, -1.5, 2.25, -3.125],
    "tenths": [0.1, 0.2, 0.3, 0.7, 0.9],
    "eight digits": [0.12345678, 1.2345678, 12.345678, 0.87654321],
    "thirds": [1 / 3, 2 / 3, -1 / 3, 10 / 3],
    "tiny": [1e-5, 2e-6, 3.5e-7],
    "tiny and one": [1e-5, 1.0],
    "huge": [1e7, 2.5e8, 3e9],
    "huge f32": [1e30, -3.4e38, 1e-30],
    "subnormal": [1e-40, 1e-42, 1.0],
    "ratio below 1000": [1.0, 999.0],
    "ratio 1000": [1.0, 1000.0],
    "ratio above 1000": [1.0, 1000.5],
    "1e-4 boundary": [1e-4, 1e-3],
    "below 1e-4": [9.9e-5, 1e-3],
    "1e6 boundary": [999999.0, 1.0],
    "1e6": [1e6, 1.0],
    "nan mix": [np.nan, 1.5, -2.0],
    "inf mix": [np.inf, 0.25, -0.5],
    "neg inf mix": [-np.inf, 0.25, 100.0],
    "all nan": [np.nan, np.nan],
    "all inf": [np.inf, -np.inf],
    "nan and -inf": [np.nan, -np.inf],
    "zeros": [0.0, 0.0, 0.0],
    "neg zeros": [-0.0, 0.0, -0.0],
    "neg zero and tiny": [-0.0, 1e-7],
    "mixed signs sci": [-1e-5, 2e5, 3.0],
    "large ints": [123456.0, 654321.0, 1.0],
    "near one": [0.99999994, 1.0000001, 1.0],
    "powers of two": [0.001953125, 0.0009765625, 0.5],
    "positional ties": [0.001953125, 0.1, 0.25],
    "pi e": [math.pi, math.e, -math.pi],
    "negatives": [-1.0, -22.5, -333.25],
    "money": [19.99, 5.0, 100.01],
    "hundreds": [100.0, 250.5, 999.875],
}
for label, vals in FLOAT_SETS.items():
    for dt in ["float32", "float16", "bfloat16"]:
        jax_case(f"jax {dt} {label}", jnp.array(vals, dtype=dt))

for dt in ["float32", "float16", "bfloat16"]:
    for scale in [1e-3, 1.0, 1e3]:
        jax_case(f"jax {dt} randn*{scale} (7,)", jnp.array(rng.standard_normal(7) * scale, dtype=dt))
    jax_case(f"jax {dt} randn (3, 4)", jnp.array(rng.standard_normal((3, 4)), dtype=dt))
    jax_case(f"jax {dt} randn (2, 3, 4)", jnp.array(rng.standard_normal((2, 3, 4)), dtype=dt))
    jax_case(f"jax {dt} uniform (2, 2, 2, 2)", jnp.array(rng.uniform(size=(2, 2, 2, 2)), dtype=dt))
    jax_case(f"jax {dt} randn (30,) wraps", jnp.array(rng.standard_normal(30), dtype=dt))
    jax_case(f"jax {dt} scalar", jnp.array(rng.standard_normal(), dtype=dt))
    jax_case(f"jax {dt} scalar tiny", jnp.array(1.2345e-6, dtype=dt))
    jax_case(f"jax {dt} scalar big", jnp.array(1234567.0, dtype=dt))
    jax_case(f"jax {dt} scalar nan", jnp.array(np.nan, dtype=dt))
    jax_case(f"jax {dt} scalar -inf", jnp.array(-np.inf, dtype=dt))
    jax_case(f"jax {dt} scalar -0", jnp.array(-0.0, dtype=dt))
    jax_case(f"jax {dt} arange(1200) summarized", jnp.arange(1200, dtype=dt))
    jax_case(f"jax {dt} empty (0,)", jnp.zeros((0,), dtype=dt))

for n in [1, 7, 13, 50, 999, 1000, 1001]:
    jax_case(f"jax float32 randn ({n},)", jnp.array(rng.standard_normal(n), dtype=jnp.float32))
jax_case("jax float32 randn (40, 30) summarized", jnp.array(rng.standard_normal((40, 30)), dtype=jnp.float32))
jax_case("jax float32 (2, 1000) summarized", jnp.arange(2000.0).reshape(2, 1000))
jax_case("jax float32 (10, 10, 11) summarized", jnp.arange(1100.0).reshape(10, 10, 11) / 3)
jax_case("jax float32 (5, 5, 5, 10) summarized", jnp.arange(1250.0).reshape(5, 5, 5, 10))
jax_case("jax float32 (1, 1001)", jnp.ones((1, 1001)))
jax_case("jax float32 summarized with nan", jnp.arange(1500.0).at[1499].set(jnp.nan))
jax_case("jax float32 summarized tiny", jnp.arange(1, 1501.0) * 1e-6)
jax_case("jax float32 linspace(0, 1, 11)", jnp.linspace(0, 1, 11))
jax_case("jax float32 linspace(0, 1, 100)", jnp.linspace(0, 1, 100))
jax_case("jax float32 logspace(-10, 10, 9)", jnp.logspace(-10, 10, 9))
jax_case("jax float32 eye(4)", jnp.eye(4))
jax_case("jax float32 (3, 0, 2)", jnp.zeros((3, 0, 2)))
jax_case("jax float32 (0, 5)", jnp.zeros((0, 5)))
jax_case("jax float32 (1, 1, 1)", jnp.ones((1, 1, 1)) * 7.5)
jax_case("jax float32 (2, 3) long values", jnp.array([[1e-3, 123.456, 7.0], [8.25, -0.5, 3.0]]))
jax_case("jax float32 column", jnp.arange(12.0).reshape(12, 1) / 4)
jax_case("jax float32 (25,) ints wraps", jnp.arange(25.0) * 1001)
jax_case("jax float32 softmax", jax.nn.softmax(jnp.arange(10.0)))
jax_case("jax float32 sigmoid", jax.nn.sigmoid(jnp.linspace(-6, 6, 13)))
jax_case("jax float32 exp range", jnp.exp(jnp.linspace(-20, 20, 9)))
jax_case("jax float32 sums", jnp.cumsum(jnp.full(20, 0.1)))

# weak types
jax_case("jax weak float scalar", jnp.array(3.0))
jax_case("jax weak float scalar + 1", jnp.array(3.0) + 1.0)
jax_case("jax weak int scalar * 3", jnp.array(2) * 3)
jax_case("jax weak float 1-D", jax.lax.broadcast(jnp.array(3.0), (3,)))
jax_case("jax weak float long 1-D", jax.lax.broadcast(jnp.array(1.5), (40,)))
jax_case("jax weak float 2-D", jax.lax.broadcast(jnp.array(0.1), (4, 8)))
jax_case("jax weak int 1-D", jax.lax.broadcast(jnp.array(7), (5,)))
jax_case("jax weak float tiny", jnp.array(1e-20))

# integers
for dt in ["int8", "int16", "int32", "uint8", "uint16", "uint32"]:
    info = np.iinfo(dt)
    jax_case(f"jax {dt} small", jnp.array([0, 1, 2, 3], dtype=dt))
    jax_case(f"jax {dt} extremes", jnp.array([info.min, 0, info.max], dtype=dt))
    jax_case(f"jax {dt} random (3, 5)", jnp.array(rng.integers(info.min, info.max, (3, 5), endpoint=True), dtype=dt))
    jax_case(f"jax {dt} scalar", jnp.array(info.max, dtype=dt))
    jax_case(f"jax {dt} empty", jnp.zeros((0,), dtype=dt))
jax_case("jax int32 arange(2000)", jnp.arange(2000))
jax_case("jax int32 arange(1500).reshape(30, 50)", jnp.arange(1500).reshape(30, 50))
jax_case("jax int32 negatives wrap", jnp.arange(-50, 50) * 12345)
jax_case("jax int32 (2, 2, 2)", jnp.arange(8).reshape(2, 2, 2) - 4)
jax_case("jax int32 scalar negative", jnp.array(-42))
jax_case("jax int8 summarized", jnp.arange(1100, dtype=jnp.int32).astype(jnp.int8))

# booleans
jax_case("jax bool 1-D", jnp.array([True, False, True]))
jax_case("jax bool all false", jnp.array([False, False]))
jax_case("jax bool (2, 3)", jnp.arange(6).reshape(2, 3) % 2 == 0)
jax_case("jax bool (2, 2, 2)", jnp.arange(8).reshape(2, 2, 2) > 3)
jax_case("jax bool long", jnp.arange(40) % 3 == 0)
jax_case("jax bool summarized", jnp.arange(1200) % 2 == 0)
jax_case("jax bool scalar False", jnp.array(False))
jax_case("jax bool empty", jnp.zeros((0, 2), dtype=bool))

# ---- numpy arrays ----

for label, vals in FLOAT_SETS.items():
    for dt in ["float64", "float32", "float16"]:
        np_case(f"numpy {dt} {label}", np.array(vals, dtype=dt))
np_case("numpy bfloat16 halves", np.array([0.5, -1.5, 2.25], dtype=ml_dtypes.bfloat16))
np_case("numpy bfloat16 tenths", np.array([0.1, 0.2, 0.3], dtype=ml_dtypes.bfloat16))
np_case("numpy bfloat16 scalar array", np.array(2.5, dtype=ml_dtypes.bfloat16))

np_case("numpy float64 0.1 + 0.2", np.array([0.1 + 0.2, 0.1, 1 / 3]))
np_case("numpy float64 randn (6,)", rng.standard_normal(6))
np_case("numpy float64 randn (4, 5)", rng.standard_normal((4, 5)))
np_case("numpy float64 randn (2, 3, 4)", rng.standard_normal((2, 3, 4)))
np_case("numpy float64 randn*1e6 (5,)", rng.standard_normal(5) * 1e6)
np_case("numpy float64 randn*1e-6 (5,)", rng.standard_normal(5) * 1e-6)
np_case("numpy float64 uniform (40,) wraps", rng.uniform(size=40))
np_case("numpy float64 arange(2000)", np.arange(2000.0))
np_case("numpy float64 (2, 1000)", np.arange(2000.0).reshape(2, 1000))
np_case("numpy float64 summarized random", rng.standard_normal(1500))
np_case("numpy float64 linspace(0, 1, 7)", np.linspace(0, 1, 7))
np_case("numpy float64 huge", np.array([1e100, -1e-100, 1.0]))
np_case("numpy float64 extremes", np.array([np.finfo(np.float64).max, np.finfo(np.float64).tiny, 5e-324]))
np_case("numpy float64 1e8 boundary", np.array([99999999.0, 1.0]))
np_case("numpy float64 1e8", np.array([1e8, 1.0]))
np_case("numpy float64 scalar", np.array(2.5))
np_case("numpy float64 scalar tiny", np.array(1e-20))
np_case("numpy float64 empty", np.zeros(0))
np_case("numpy float64 empty (0, 3)", np.zeros((0, 3)))
np_case("numpy float64 empty (2, 0, 3)", np.zeros((2, 0, 3)))
np_case("numpy float32 empty", np.zeros(0, dtype=np.float32))
np_case("numpy float32 randn (30,) wraps", rng.standard_normal(30).astype(np.float32))
np_case("numpy float32 (8,) dtype on next line", (rng.standard_normal(6) * 1e-3).astype(np.float32))
np_case("numpy float32 scalar array", np.array(1.5, dtype=np.float32))
np_case("numpy float16 summarized", np.arange(1200, dtype=np.float16))
np_case("numpy float32 all nan", np.array([np.nan, np.nan], dtype=np.float32))
for dt in ["int64", "int32", "int16", "int8", "uint8", "uint16", "uint32", "uint64"]:
    info = np.iinfo(dt)
    lo, hi = (max(int(info.min), -(2**53)), min(int(info.max), 2**53))
    np_case(f"numpy {dt} small", np.array([0, 1, 2, 3], dtype=dt))
    np_case(f"numpy {dt} extremes", np.array([lo, 0, hi], dtype=dt))
    np_case(f"numpy {dt} (2, 3)", np.arange(6, dtype=dt).reshape(2, 3))
    np_case(f"numpy {dt} empty", np.zeros(0, dtype=dt))
np_case("numpy int64 arange(2000)", np.arange(2000))
np_case("numpy int64 (30, 50)", np.arange(1500).reshape(30, 50))
np_case("numpy int64 wraps", np.arange(-30, 30) * 1000003)
np_case("numpy int64 scalar", np.array(-7))
np_case("numpy int32 dtype on next line", np.arange(17, dtype=np.int32) * 100000)
np_case("numpy bool 1-D", np.array([True, False]))
np_case("numpy bool (2, 2)", np.array([[True, False], [False, True]]))
np_case("numpy bool scalar", np.array(True))
np_case("numpy bool empty", np.zeros(0, dtype=bool))
np_case("numpy bool summarized", np.arange(1100) % 3 == 0)
for w in range(60, 76):
    # Lines of exactly w characters, around where numpy moves dtype= to its own line.
    n = max(1, (w - 7) // 6)
    np_case(f"numpy int16 width {w}", np.arange(n, dtype=np.int16) * 1000 + (w % 7))

# ---- numpy scalars ----

SCALAR_VALUES = [
    0.0, -0.0, 1.0, -1.0, 1.5, 0.1, 0.3, 1 / 3, 2 / 3, 100.0, 123.456, 999.0, 999.5, 1000.0, 1024.0,
    65504.0, 99999.0, 999999.0, 1e6, 1234567.0, 1e7, 1e15, 1e16, 1.5e16, 1e20, 1e-4, 1.0001e-4,
    9.9e-5, 1e-5, 1e-8, 1.2345e-10, 3.4e38, 1e-40, 6e-8, np.pi, np.e, 0.1 + 0.2, 1e100,
    5e-324, np.nan, np.inf, -np.inf,
]
for v in SCALAR_VALUES:
    for t in [np.float64, np.float32, np.float16]:
        with np.errstate(over="ignore"):
            scalar_case(f"numpy {t.__name__}({v!r})", t(v))
    scalar_case(f"bfloat16({v!r})", ml_dtypes.bfloat16(v))
for v in rng.standard_normal(20) * np.exp(rng.uniform(-20, 20, 20)):
    for t in [np.float64, np.float32, np.float16]:
        with np.errstate(over="ignore", under="ignore"):
            scalar_case(f"numpy {t.__name__} random {v!r}", t(v))
    scalar_case(f"bfloat16 random {v!r}", ml_dtypes.bfloat16(v))
for t in [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64]:
    scalar_case(f"numpy {t.__name__}(0)", t(0))
    scalar_case(f"numpy {t.__name__}(max)", t(min(int(np.iinfo(t).max), 2**53)))
    if np.iinfo(t).min < 0:
        scalar_case(f"numpy {t.__name__}(min)", t(np.iinfo(t).min))
scalar_case("numpy True_", np.True_)
scalar_case("numpy False_", np.False_)

# ---- single floats through np.format_float_positional / np.format_float_scientific ----

floats = []


def float_case(t, v, fn, opts):
    x = t(v)
    f = np.format_float_positional if fn == "positional" else np.format_float_scientific
    type_name = "bfloat16" if t is ml_dtypes.bfloat16 else np.dtype(t).name
    if type_name == "bfloat16":
        return  # numpy formats bfloat16 through float conversion; not a Dragon4 type of its own
    floats.append({
        "type": type_name,
        "value": encode(x),
        "fn": fn,
        "opts": opts,
        "expected": f(x, **opts),
    })


OPTION_SETS = [
    ("positional", {}),
    ("positional", {"precision": 8, "trim": "."}),
    ("positional", {"precision": 3, "trim": "-"}),
    ("positional", {"precision": 8, "unique": False}),
    ("positional", {"precision": 10, "min_digits": 10}),
    ("positional", {"precision": 4, "fractional": False, "trim": "0"}),
    ("positional", {"unique": True, "pad_left": 5, "pad_right": 10, "sign": True}),
    ("positional", {"precision": 0, "trim": "-"}),
    ("scientific", {}),
    ("scientific", {"precision": 8, "trim": "."}),
    ("scientific", {"precision": 2, "trim": "-"}),
    ("scientific", {"precision": 5, "min_digits": 5}),
    ("scientific", {"precision": 12, "unique": False}),
    ("scientific", {"exp_digits": 3, "pad_left": 4, "sign": True}),
]

FLOAT_VALUES = [
    0.0, -0.0, 1.0, 0.1, 0.3, 0.7, 2 / 3, 1.5, 0.001953125, 0.0009765625, 1.01171875, 2.5, 1e-4, 123456.789,
    1e16, 9.999999e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 65504.0, 6e-8, 2**-24,
    2**-14, 2**-126, 2**-149, 3.4028234663852886e38, 4096.0, 8388608.0, 16777216.0, 0.5, 0.25, 2**-10, 2**-20,
    np.nan, np.inf, -np.inf, -2.5, 1 / 7,
]
FLOAT_VALUES += list(rng.standard_normal(25) * np.exp(rng.uniform(-30, 30, 25)))
for v in FLOAT_VALUES:
    for t in [np.float64, np.float32, np.float16]:
        with np.errstate(over="ignore", under="ignore"):
            x = t(v)
        for fn, opts in OPTION_SETS:
            float_case(t, x, fn, opts)

with open(os.path.join(HERE, "cases.json"), "w") as fh:
    json.dump({
        "versions": {"jax": jax.__version__, "numpy": np.__version__, "ml_dtypes": ml_dtypes.__version__},
        "arrays": arrays,
        "floats": floats,
    }, fh, indent=None, separators=(",", ":"))
    fh.write("\n")
print(f"{len(arrays)} array cases, {len(floats)} float cases")
