// Primitives that make arrays: iota (lax.iota, lax.broadcasted_iota) and copy (jnp.array's copy of an array).
import { ShapedArray, type Shape, shapeStr } from "../../core/aval.ts";
import { type DType, isBool } from "../../core/dtypes.ts";
import { typeError, valueError } from "../../core/errors.ts";
import { type BatchResult, definePrimitive, type Primitive } from "../../core/primitive.ts";
import { vectorizedBatcher } from "./batch-rules.ts";
import { linearJvp, linearTranspose } from "../../transforms/ad/rules.ts";
import { bind1 } from "../../core/trace.ts";
import { ArrayValue, type Value } from "../../core/values.ts";
import type { Params } from "../../ir/jaxpr.ts";
import { iotaCpu } from "../../runtime/cpu/shape.ts";

export interface IotaParams extends Params {
  readonly dtype: DType;
  readonly shape: readonly number[];
  readonly dimension: number;
  readonly sharding: null;
}

export const iotaP = definePrimitive<IotaParams>({
  name: "iota",
  abstractEval: (_avals, p) => {
    if (!p.shape.every((d) => d >= 0)) {
      throw typeError(`iota shape must have every element be nonnegative, got ${shapeStr(p.shape)}.`);
    }
    if (isBool(p.dtype)) {
      throw typeError(
        `iota does not accept dtype ${p.dtype}. Accepted dtypes are subtypes of integer, floating, complexfloating.`,
      );
    }
    if (!(p.dimension >= 0 && p.dimension < p.shape.length)) {
      throw valueError(
        `iota dimension must be between 0 and len(shape), got dimension=${p.dimension} for shape=${shapeStr(p.shape)}`,
      );
    }
    return [new ShapedArray(p.shape, p.dtype, false)];
  },
  cpu: (_inputs, p, [out]) => [iotaCpu(out, p.dimension)],
});

/** `lax.broadcasted_iota`: `dtype` must already be canonical. */
export function broadcastedIota(dtype: DType, shape: Shape, dimension: number): Value {
  return bind1(iotaP, [], { dtype, shape: [...shape], dimension, sharding: null });
}

export const iota = (dtype: DType, size: number): Value => broadcastedIota(dtype, [size], 0);

/** `copy_p`: the identity, staged; jnp.array(x) of an array binds it. */
export const copyP: Primitive<Record<string, never>> = definePrimitive<Record<string, never>>({
  name: "copy",
  abstractEval: ([x]) => [x],
  cpu: ([x], _p, [out]) => [new ArrayValue(out, x.data.slice())],
  batch: (args, dims, p): BatchResult => vectorizedBatcher(copyP, args, dims, p),
  jvp: linearJvp(() => copyP),
  transpose: linearTranspose((ct) => [bind1(copyP, [ct], {})]),
});

export const copy = (x: Value): Value => bind1(copyP, [x], {});
