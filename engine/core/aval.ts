import { type DType, dtypeInfo } from "./dtypes.ts";

export type Shape = readonly number[];

/** JAX's ShapedArray: the abstract value of an array (shape, dtype, weak type). */
export class ShapedArray {
  readonly shape: Shape;
  readonly dtype: DType;
  readonly weakType: boolean;

  constructor(shape: Shape, dtype: DType, weakType = false) {
    this.shape = shape;
    this.dtype = dtype;
    this.weakType = weakType;
  }

  get ndim(): number {
    return this.shape.length;
  }

  get size(): number {
    return shapeSize(this.shape);
  }

  withShape(shape: Shape): ShapedArray {
    return new ShapedArray(shape, this.dtype, this.weakType);
  }

  withDType(dtype: DType, weakType = this.weakType): ShapedArray {
    return new ShapedArray(this.shape, dtype, weakType);
  }

  strongly(): ShapedArray {
    return this.weakType ? new ShapedArray(this.shape, this.dtype, false) : this;
  }

  equals(o: ShapedArray): boolean {
    return this.dtype === o.dtype && this.weakType === o.weakType && shapesEqual(this.shape, o.shape);
  }

  /** `aval.str_short()`, as in jaxpr binders: `f32[3,4]`. */
  strShort(): string {
    return `${dtypeInfo(this.dtype).short}[${this.shape.join(",")}]`;
  }

  /** The long form used in error messages: `float32[3]`; JAX shows no weak marker there. */
  strLong(): string {
    return `${this.dtype}[${this.shape.join(",")}]`;
  }

  /** `str(aval)` marks weakness: `~float32[]`. */
  toString(): string {
    return `${this.weakType ? "~" : ""}${this.strLong()}`;
  }

  /** A key for caches keyed by argument types. */
  key(): string {
    return `${this.dtype}${this.weakType ? "~" : ""}[${this.shape.join(",")}]`;
  }
}

export function shapeSize(shape: Shape): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export function shapesEqual(a: Shape, b: Shape): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/** Python's str of a shape tuple: `(3,)`, `(2, 3)`, `()`. */
export function shapeStr(shape: Shape): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

export function stridesOf(shape: Shape): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i];
  }
  return strides;
}
