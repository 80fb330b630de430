import { ShapedArray, type Shape } from "./aval.ts";
import { type DType, isFloating, isComplex } from "./dtypes.ts";
import { recycleBuffer } from "./buffer-pool.ts";
import { allocate, holdsFloat32Denormal, roundToDType, type TypedArray } from "./storage.ts";

/**
 * Where a concrete value came from. It decides how the value enters a jaxpr:
 * Python and numpy scalars become literals, JAX arrays become constvars.
 */
export type Origin = "jax" | "python" | "numpy";

/** The buffer of a value whose memory went back to the pool: reading it is a bug, reported loudly. */
const RELEASED: TypedArray = new Uint8Array(0);

/** float32 arrays up to this size are searched for denormals when asked; larger ones must be known. */
const DENORMAL_SCAN_MAX = 1 << 16;

/** A concrete array held on the CPU, row-major and contiguous. */
export class ArrayValue {
  readonly aval: ShapedArray;
  readonly origin: Origin;
  /** For a Python float scalar: its exact double value (its literal prints Python's repr of it). */
  readonly pyValue: number | undefined;
  private buffer: TypedArray;
  /**
   * Whether the buffer may go back to the pool when Python drops this value: only a kernel's fresh
   * output is (`markRecyclable`), and only until the value or its buffer may be kept anywhere else
   * (`pin`, and any read of `data`, after which the buffer may be aliased).
   */
  private recyclable = false;
  /** For float32: known to hold no denormals (true), known to hold one (false), or not known yet. */
  private denormalFree: boolean | undefined = undefined;

  constructor(aval: ShapedArray, data: TypedArray, origin: Origin = "jax", pyValue?: number) {
    this.aval = aval;
    this.buffer = data;
    this.origin = origin;
    this.pyValue = pyValue;
  }

  /** The elements. Whoever reads them may keep or alias them, so the buffer is never recycled after. */
  get data(): TypedArray {
    this.recyclable = false;
    return this.borrowData();
  }

  /** The elements, for a kernel that reads them during its call and keeps nothing. */
  borrowData(): TypedArray {
    if (this.buffer === RELEASED) {
      throw new Error("Traceur internal error: an array was used after its memory was recycled.");
    }
    return this.buffer;
  }

  /** A kernel's fresh output, whose buffer nothing else references. */
  markRecyclable(): this {
    this.recyclable = true;
    return this;
  }

  /** A float32 kernel's output that it flushed, as XLA flushes denormal results: it holds no denormal. */
  markFlushed(): this {
    this.denormalFree = true;
    return this;
  }

  /**
   * Whether this float32 value surely holds no denormal, so that kernels may skip flushing it on input:
   * known for flushed kernel outputs, found by a search for small values, assumed not for large others.
   */
  holdsNoDenormals(): boolean {
    if (this.denormalFree === undefined && this.aval.size <= DENORMAL_SCAN_MAX && this.dtype === "float32") {
      this.denormalFree = !holdsFloat32Denormal(this.borrowData() as Float32Array);
    }
    return this.denormalFree === true;
  }

  /** The value may be kept beyond the current call (a jaxpr constant, a transformation's input...). */
  pin(): void {
    this.recyclable = false;
  }

  /**
   * Python dropped its last handle to this value. A recyclable buffer goes back to the pool, and the
   * value becomes unusable; returns whether it did.
   */
  release(): boolean {
    if (!this.recyclable) return false;
    this.recyclable = false;
    const buf = this.buffer;
    this.buffer = RELEASED;
    recycleBuffer(buf);
    return true;
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

  /** The tracer (and what it holds) may be kept beyond the current call: see ArrayValue.pin. */
  pin(): void {}

  /** Python dropped its last handle: a tracer that alone holds a fresh array may recycle it. */
  release(): boolean {
    return false;
  }
}

/** The part of a trace that tracers need to know; the trace machinery is in trace.ts. */
export interface TraceLike {
  readonly level: number;
  readonly kind: string;
}

export type Value = ArrayValue | Tracer;
