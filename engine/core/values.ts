import { ShapedArray, type Shape } from "./aval.ts";
import { type DType, isFloating, isComplex } from "./dtypes.ts";
import { allocate, roundToDType, type TypedArray } from "./storage.ts";

/**
 * Where a concrete value came from. It decides how the value enters a jaxpr:
 * Python and numpy scalars become literals, JAX arrays become constvars.
 */
export type Origin = "jax" | "python" | "numpy";

/** A concrete array held on the CPU, row-major and contiguous. */
export class ArrayValue {
  readonly aval: ShapedArray;
  readonly data: TypedArray;
  readonly origin: Origin;
  /** For a Python float scalar: its exact double value (its literal prints Python's repr of it). */
  readonly pyValue: number | undefined;

  constructor(aval: ShapedArray, data: TypedArray, origin: Origin = "jax", pyValue?: number) {
    this.aval = aval;
    this.data = data;
    this.origin = origin;
    this.pyValue = pyValue;
  }

  get shape(): Shape {
    return this.aval.shape;
  }

  get dtype(): DType {
    return this.aval.dtype;
  }

  /** Scalars from Python or numpy become jaxpr literals; JAX arrays never do. */
  get isLiteralable(): boolean {
    return this.origin !== "jax" && this.aval.ndim === 0;
  }

  /** The scalar's value as a JS number (or boolean for bool). */
  scalar(): number | boolean {
    if (this.pyValue !== undefined) return this.pyValue;
    const v = this.data[0];
    return this.dtype === "bool" ? v !== 0 : v;
  }

  static zeros(aval: ShapedArray, origin: Origin = "jax"): ArrayValue {
    return new ArrayValue(aval, allocate(aval.dtype, aval.size), origin);
  }

  /** Fill from JS numbers, rounding floats to the dtype. */
  static fromNumbers(aval: ShapedArray, values: ArrayLike<number>, origin: Origin = "jax"): ArrayValue {
    const out = allocate(aval.dtype, aval.size);
    const d = aval.dtype;
    if (isComplex(d)) throw new Error("Traceur does not support complex numbers yet");
    if (d === "bool") {
      for (let i = 0; i < out.length; i++) out[i] = values[i] ? 1 : 0;
    } else if (isFloating(d)) {
      for (let i = 0; i < out.length; i++) out[i] = roundToDType(d, values[i]);
    } else {
      for (let i = 0; i < out.length; i++) out[i] = values[i];
    }
    return new ArrayValue(aval, out, origin);
  }

  /** A Python scalar: weakly typed (bools are not), remembering its exact value. */
  static pythonScalar(kind: "bool" | "int" | "float", value: number): ArrayValue {
    if (kind === "bool") {
      return ArrayValue.fromNumbers(new ShapedArray([], "bool", false), [value ? 1 : 0], "python");
    }
    if (kind === "int") {
      return ArrayValue.fromNumbers(new ShapedArray([], "int32", true), [value], "python");
    }
    const v = ArrayValue.fromNumbers(new ShapedArray([], "float32", true), [value], "python");
    return new ArrayValue(v.aval, v.data, "python", value);
  }
}

/** A value of some trace. Subclasses live with their trace (staging, batching, JVP). */
export abstract class Tracer {
  abstract readonly aval: ShapedArray;
  abstract readonly trace: TraceLike;

  /** Python's repr of the tracer, as user code and messages show it: `JitTracer(~int32[])`. */
  pyRepr(): string {
    return `${this.trace.kind === "jit" ? "JitTracer" : "Tracer"}(${this.aval.toString()})`;
  }
}

/** The part of a trace that tracers need to know; the trace machinery is in trace.ts. */
export interface TraceLike {
  readonly level: number;
  readonly kind: string;
}

export type Value = ArrayValue | Tracer;
