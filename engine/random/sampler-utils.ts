// What jax.random's samplers share: dtype facts (finfo, iinfo) and JAX's checks of shapes and dtypes.
import { type Shape, shapeStr, shapesEqual } from "../core/aval.ts";
import { type DType, dtypeInfo, isFloating, isUnsigned, resultType } from "../core/dtypes.ts";
import { typeError, valueError } from "../core/errors.ts";
import type { Value } from "../core/values.ts";
import { broadcastShapes } from "../lax/shapes.ts";
import { type Plain, canonicalizeShape, userDType } from "../numpy/array-args.ts";
import { scalarConst } from "../numpy/where.ts";

export type BitWidth = 8 | 16 | 32;

/** `dtypes.finfo(dtype)` of the float types: bits, mantissa bits, smallest normal, epsilons. */
const FINFO: Partial<Record<DType, FloatInfo>> = {
  float32: { bits: 32, nmant: 23, tiny: 1.1754943508222875e-38, eps: 2 ** -23, epsneg: 2 ** -24 },
  float16: { bits: 16, nmant: 10, tiny: 6.103515625e-5, eps: 2 ** -10, epsneg: 2 ** -11 },
  bfloat16: { bits: 16, nmant: 7, tiny: 1.1754943508222875e-38, eps: 2 ** -7, epsneg: 2 ** -8 },
};

export interface FloatInfo {
  readonly bits: BitWidth;
  readonly nmant: number;
  readonly tiny: number;
  readonly eps: number;
  readonly epsneg: number;
}

export function finfo(dtype: DType): FloatInfo {
  const info = FINFO[dtype];
  if (!info) throw typeError(`uniform only accepts 8-, 16-, 32-, or 64-bit dtypesgot ${dtype}.`);
  return info;
}

/** `dtypes.iinfo(dtype)`: [min, max]. */
export function iinfo(dtype: DType): [number, number] {
  const bits = dtypeInfo(dtype).bits;
  return isUnsigned(dtype) ? [0, 2 ** bits - 1] : [-(2 ** (bits - 1)), 2 ** (bits - 1) - 1];
}

export const uintOf = (bits: number): DType => `uint${bits as BitWidth}`;

/** `_check_shape`: parameter shapes must broadcast to exactly `shape`. */
export function checkShape(name: string, shape: Shape, ...paramShapes: Shape[]): void {
  if (paramShapes.length === 0) return;
  const result = broadcastShapes(name, [shape, ...paramShapes]);
  if (!shapesEqual(result, shape)) {
    throw valueError(
      `${name} parameter shapes must be broadcast-compatible with shape argument, and the result of ` +
        `broadcasting the shapes must equal the shape argument, but got result ${shapeStr(result)} for shape ` +
        `argument ${shapeStr(shape)}.`,
    );
  }
}

export function floatDType(name: string, dtypeName: string | null): DType {
  const dtype = userDType(dtypeName ?? "float");
  if (!isFloating(dtype))
    throw valueError(`dtype argument to \`${name}\` must be a float dtype, got ${dtype}`);
  return dtype;
}

export const pyFloat = (v: number): Value => scalarConst("float32", v, true);

/** `_check_all_safe_to_cast` (JAX raises its TypePromotionError, a ValueError). */
export function checkAllSafeToCast(name: string, dtype: DType, ...args: Value[]): void {
  for (const a of args) {
    const from = a.aval.dtype;
    const joined = resultType([
      { dtype: from, weak: a.aval.weakType },
      { dtype, weak: false },
    ]).dtype;
    if (from !== dtype && joined !== dtype) {
      throw valueError(`In arguments to ${name}, cannot safely cast argument of type ${from} to ${dtype}`);
    }
  }
}

/** `_check_broadcast_shapes`: the given shape, checked against the parameters', or their broadcast. */
export function checkBroadcastShapes(name: string, shapeIn: Plain, ...params: Value[]): number[] {
  const shapes = params.map((p) => p.aval.shape);
  if (shapeIn === null) return [...(shapes.length ? broadcastShapes(name, shapes) : [])];
  const shape = canonicalizeShape(shapeIn);
  checkShape(name, shape, ...shapes);
  return shape;
}
