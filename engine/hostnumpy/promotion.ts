// numpy 2's type promotion (NEP 50), which differs from JAX's lattice: numpy promotes int32 with
// float32 to float64, uint64 with int64 to float64, and never narrows to 32 bits by default.
import { type DType, dtypeInfo } from "../core/dtypes.ts";
import { EngineError, notSupported } from "../core/errors.ts";

export function checkNumpyDType(d: DType): DType {
  if (d === "bfloat16") throw notSupported("bfloat16 in numpy arrays");
  if (d === "complex64" || d === "complex128") throw notSupported("complex numbers");
  return d;
}

const SIGNED: readonly DType[] = ["int8", "int16", "int32", "int64"];
const FLOATS: readonly DType[] = ["float16", "float32", "float64"];

/** The smallest float that holds every value of an integer type, as numpy's casting tables say. */
function floatFor(d: DType): DType {
  const bits = dtypeInfo(d).bits;
  return bits <= 8 ? "float16" : bits <= 16 ? "float32" : "float64";
}

/** `np.promote_types(a, b)`. */
export function npPromoteTypes(a: DType, b: DType): DType {
  checkNumpyDType(a);
  checkNumpyDType(b);
  if (a === b) return a;
  if (a === "bool") return b;
  if (b === "bool") return a;
  const ka = dtypeInfo(a).kind;
  const kb = dtypeInfo(b).kind;
  const ba = dtypeInfo(a).bits;
  const bb = dtypeInfo(b).bits;
  if (ka === kb) return ba >= bb ? a : b;
  if (ka === "f" || kb === "f") {
    const [f, other] = ka === "f" ? [a, b] : [b, a];
    const g = floatFor(other);
    return FLOATS.indexOf(f) >= FLOATS.indexOf(g) ? f : g;
  }
  // One signed and one unsigned integer: the smallest signed type holding both, else float64.
  const [s, u] = ka === "i" ? [a, b] : [b, a];
  const need = Math.max(dtypeInfo(s).bits, 2 * dtypeInfo(u).bits);
  return SIGNED.find((d) => dtypeInfo(d).bits >= need) ?? "float64";
}

/** An operand of a numpy operation: a dtype, and for a Python scalar its kind (NEP 50's weak scalars). */
export interface NpOperand {
  readonly dtype: DType;
  readonly python?: "bool" | "int" | "float";
}

const PY_DEFAULT: Record<"bool" | "int" | "float", DType> = { bool: "bool", int: "int64", float: "float64" };
// "V" (PRNG keys) never reaches numpy: keys cannot become numpy arrays.
const KIND_ORDER = { b: 0, i: 1, u: 1, f: 2, c: 3, V: 4 } as const;
const PY_ORDER = { bool: 0, int: 1, float: 2 } as const;

/** `np.result_type(*operands)` under NEP 50: Python scalars adopt the dtype of the arrays when their kind allows. */
export function npResultType(operands: readonly NpOperand[]): DType {
  const strong = operands.filter((o) => o.python === undefined).map((o) => o.dtype);
  const weak = operands
    .filter((o) => o.python !== undefined)
    .map((o) => o.python as "bool" | "int" | "float");
  if (strong.length === 0) {
    if (weak.length === 0) throw new EngineError("ValueError", "at least one array or dtype is required");
    const top = weak.reduce((x, y) => (PY_ORDER[y] > PY_ORDER[x] ? y : x));
    return PY_DEFAULT[top];
  }
  let result = strong.reduce(npPromoteTypes);
  for (const w of weak) {
    if (PY_ORDER[w] > KIND_ORDER[dtypeInfo(result).kind]) result = npPromoteTypes(result, PY_DEFAULT[w]);
  }
  return result;
}

/** The float type numpy's loops pick for sin, exp, sqrt...: the first float loop the input casts to safely. */
export function npInexactType(d: DType): DType {
  if (dtypeInfo(d).kind === "f") return d;
  return d === "bool" ? "float16" : floatFor(d);
}

/** `np.true_divide` has no half-precision integer loops: integers and bools divide in float64. */
export function npTrueDivideType(d: DType): DType {
  return dtypeInfo(d).kind === "f" ? d : "float64";
}

/** The accumulator numpy's sum and prod use by default: at least the platform integer. */
export function npSumType(d: DType): DType {
  const kind = dtypeInfo(d).kind;
  if (kind === "b" || kind === "i") return "int64";
  if (kind === "u") return "uint64";
  return d;
}

/** `np.mean`'s result type: integers and bools average in float64. */
export function npMeanType(d: DType): DType {
  return dtypeInfo(d).kind === "f" ? d : "float64";
}
