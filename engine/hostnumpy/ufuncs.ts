// numpy's elementwise functions (ufuncs) on the CPU, eagerly: numpy is never traced.
import { ShapedArray } from "../core/aval.ts";
import { type DType, dtypeInfo } from "../core/dtypes.ts";
import { EngineError, notSupported } from "../core/errors.ts";
import { ArrayValue } from "../core/values.ts";
import { mapBinary, mapUnary } from "../runtime/cpu/elementwise.ts";
import { npInexactType, npResultType, npTrueDivideType } from "./promotion.ts";
import { asDType, broadcastShapes, checkPyIntFits, isPyScalar, operandOf, withRank } from "./values.ts";

type Kernel2 = (x: number, y: number) => number;
type Kernel1 = (x: number) => number;

const isFloat = (d: DType): boolean => dtypeInfo(d).kind === "f";

/** numpy's float floor division (npy_divmod): exact where floor(a / b) would round wrongly. */
function floatFloorDivide(a: number, b: number): number {
  if (b === 0) return a / b;
  const mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0 && b < 0 !== mod < 0) div -= 1;
  if (div === 0) return Math.sign(a / b) < 0 || Object.is(a / b, -0) ? -0 : 0;
  let floordiv = Math.floor(div);
  if (div - floordiv > 0.5) floordiv += 1;
  return floordiv;
}

function floatRemainder(a: number, b: number): number {
  let mod = a % b;
  if (b === 0) return mod;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else {
    mod = b < 0 ? -0 : 0;
  }
  return mod;
}

function intPower(x: number, y: number): number {
  if (y < 0) throw new EngineError("ValueError", "Integers to negative integer powers are not allowed.");
  return Math.pow(x, y);
}

const boolOperatorError = (what: string, advice: string): EngineError =>
  new EngineError(
    "TypeError",
    `numpy boolean ${what}, the \`-\` operator, is not supported, use ${advice} instead.`,
  );

interface BinarySpec {
  /** The dtype the loop computes in, from the promoted dtype. */
  readonly loop?: (d: DType) => DType;
  readonly comparison?: boolean;
  readonly kernel: (d: DType) => Kernel2;
}

const nanMax = (x: number, y: number): number => (Number.isNaN(x) || Number.isNaN(y) ? NaN : Math.max(x, y));
const nanMin = (x: number, y: number): number => (Number.isNaN(x) || Number.isNaN(y) ? NaN : Math.min(x, y));

const BINARY: Record<string, BinarySpec> = {
  add: { kernel: (d) => (d === "bool" ? (x, y) => (x || y ? 1 : 0) : (x, y) => x + y) },
  subtract: {
    kernel: (d) => {
      if (d === "bool")
        throw boolOperatorError("subtract", "the bitwise_xor, the `^` operator, or the logical_xor function");
      return (x, y) => x - y;
    },
  },
  multiply: { kernel: (d) => (d === "bool" ? (x, y) => (x && y ? 1 : 0) : (x, y) => x * y) },
  true_divide: { loop: npTrueDivideType, kernel: () => (x, y) => x / y },
  floor_divide: {
    loop: (d) => (d === "bool" ? "int8" : d),
    kernel: (d) => (isFloat(d) ? floatFloorDivide : (x, y) => (y === 0 ? 0 : Math.floor(x / y))),
  },
  remainder: {
    loop: (d) => (d === "bool" ? "int8" : d),
    kernel: (d) =>
      isFloat(d)
        ? floatRemainder
        : (x, y) => {
            if (y === 0) return 0;
            const r = x % y;
            return r !== 0 && r < 0 !== y < 0 ? r + y : r;
          },
  },
  power: { loop: (d) => (d === "bool" ? "int8" : d), kernel: (d) => (isFloat(d) ? Math.pow : intPower) },
  maximum: { kernel: () => nanMax },
  minimum: { kernel: () => nanMin },
  arctan2: { loop: npInexactType, kernel: () => Math.atan2 },
  hypot: { loop: npInexactType, kernel: () => Math.hypot },
  equal: { comparison: true, kernel: () => (x, y) => (x === y ? 1 : 0) },
  not_equal: { comparison: true, kernel: () => (x, y) => (x !== y ? 1 : 0) },
  less: { comparison: true, kernel: () => (x, y) => (x < y ? 1 : 0) },
  less_equal: { comparison: true, kernel: () => (x, y) => (x <= y ? 1 : 0) },
  greater: { comparison: true, kernel: () => (x, y) => (x > y ? 1 : 0) },
  greater_equal: { comparison: true, kernel: () => (x, y) => (x >= y ? 1 : 0) },
  logical_and: { comparison: true, kernel: () => (x, y) => (x && y ? 1 : 0) },
  logical_or: { comparison: true, kernel: () => (x, y) => (x || y ? 1 : 0) },
  logical_xor: { comparison: true, kernel: () => (x, y) => (!x !== !y ? 1 : 0) },
  bitwise_and: {
    kernel: bitwise(
      "bitwise_and",
      (x, y) => x & y,
      (x, y) => BigInt.asIntN(64, BigInt(x) & BigInt(y)),
    ),
  },
  bitwise_or: {
    kernel: bitwise(
      "bitwise_or",
      (x, y) => x | y,
      (x, y) => BigInt.asIntN(64, BigInt(x) | BigInt(y)),
    ),
  },
  bitwise_xor: {
    kernel: bitwise(
      "bitwise_xor",
      (x, y) => x ^ y,
      (x, y) => BigInt.asIntN(64, BigInt(x) ^ BigInt(y)),
    ),
  },
};

function bitwise(
  name: string,
  small: Kernel2,
  wide: (x: number, y: number) => bigint,
): (d: DType) => Kernel2 {
  return (d) => {
    if (isFloat(d)) {
      throw new EngineError(
        "TypeError",
        `ufunc '${name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`,
      );
    }
    if (dtypeInfo(d).bits === 64) return (x, y) => Number(wide(x, y));
    return d === "uint32" ? (x, y) => small(x, y) >>> 0 : small;
  };
}

export const BINARY_UFUNCS: readonly string[] = Object.keys(BINARY);

export function npBinary(name: string, a: ArrayValue, b: ArrayValue): ArrayValue {
  const spec = BINARY[name];
  if (spec === undefined) throw notSupported(`numpy.${name}`);
  const promoted = npResultType([operandOf(a), operandOf(b)]);
  const loop = spec.loop ? spec.loop(promoted) : promoted;
  const out: DType = spec.comparison ? "bool" : loop;
  const kernel = spec.kernel(loop);
  const shape = broadcastShapes([a.shape, b.shape]);
  const operands = [a, b].map((v) => {
    // A Python int compared with a narrower integer array keeps its value (numpy 2 compares exactly).
    if (spec.comparison && isPyScalar(v) && !isFloat(loop) && !isFloat(v.dtype))
      return withRank(asDType(v, v.dtype), shape.length);
    if (!spec.comparison) checkPyIntFits(v, loop);
    return withRank(asDType(v, loop), shape.length);
  });
  const r = mapBinary(operands[0], operands[1], new ShapedArray(shape, out, false), kernel);
  return new ArrayValue(r.aval, r.data, "numpy");
}

// ---- unary ----

interface UnarySpec {
  /** The loop's dtype from the input's. */
  readonly loop: (d: DType) => DType;
  readonly out?: DType;
  readonly kernel: (d: DType) => Kernel1;
}

const inexact = (f: Kernel1): UnarySpec => ({ loop: npInexactType, kernel: () => f });
const same = (d: DType): DType => d;

const UNARY: Record<string, UnarySpec> = {
  sin: inexact(Math.sin),
  cos: inexact(Math.cos),
  tan: inexact(Math.tan),
  arcsin: inexact(Math.asin),
  arccos: inexact(Math.acos),
  arctan: inexact(Math.atan),
  sinh: inexact(Math.sinh),
  cosh: inexact(Math.cosh),
  tanh: inexact(Math.tanh),
  arcsinh: inexact(Math.asinh),
  arccosh: inexact(Math.acosh),
  arctanh: inexact(Math.atanh),
  exp: inexact(Math.exp),
  exp2: inexact((x) => Math.pow(2, x)),
  expm1: inexact(Math.expm1),
  log: inexact(Math.log),
  log2: inexact(Math.log2),
  log10: inexact(Math.log10),
  log1p: inexact(Math.log1p),
  sqrt: inexact(Math.sqrt),
  cbrt: inexact(Math.cbrt),
  negative: {
    loop: same,
    kernel: (d) => {
      if (d === "bool") {
        throw new EngineError(
          "TypeError",
          "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.",
        );
      }
      return (x) => -x;
    },
  },
  positive: { loop: same, kernel: () => (x) => x },
  absolute: { loop: same, kernel: () => Math.abs },
  square: { loop: (d) => (d === "bool" ? "int8" : d), kernel: () => (x) => x * x },
  sign: {
    loop: same,
    kernel: (d) => {
      if (d === "bool") {
        throw new EngineError(
          "TypeError",
          "ufunc 'sign' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None",
        );
      }
      return (x) => (Number.isNaN(x) ? NaN : x > 0 ? 1 : x < 0 ? -1 : 0);
    },
  },
  logical_not: { loop: same, out: "bool", kernel: () => (x) => (x ? 0 : 1) },
  isnan: { loop: same, out: "bool", kernel: () => (x) => (Number.isNaN(x) ? 1 : 0) },
  isinf: { loop: same, out: "bool", kernel: () => (x) => (x === Infinity || x === -Infinity ? 1 : 0) },
  isfinite: { loop: same, out: "bool", kernel: () => (x) => (Number.isFinite(x) ? 1 : 0) },
  invert: {
    loop: same,
    kernel: (d) => {
      if (d === "bool") return (x) => (x ? 0 : 1);
      if (isFloat(d)) {
        throw new EngineError(
          "TypeError",
          "ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
        );
      }
      return dtypeInfo(d).kind === "u"
        ? (x) => Number(BigInt.asUintN(dtypeInfo(d).bits, ~BigInt(x)))
        : (x) => -x - 1;
    },
  },
};

export const UNARY_UFUNCS: readonly string[] = Object.keys(UNARY);

export function npUnary(name: string, a: ArrayValue): ArrayValue {
  const spec = UNARY[name];
  if (spec === undefined) throw notSupported(`numpy.${name}`);
  const dtype = operandOf(a).python === undefined ? a.dtype : npResultType([operandOf(a)]);
  const loop = spec.loop(dtype);
  const kernel = spec.kernel(loop);
  const r = mapUnary(asDType(a, loop), new ShapedArray(a.shape, spec.out ?? loop, false), kernel);
  return new ArrayValue(r.aval, r.data, "numpy");
}
