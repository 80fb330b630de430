// lax's shape helpers built on broadcast_in_dim.
import { type Shape, shapeStr } from "../core/aval.ts";
import { valueError } from "../core/errors.ts";
import { bind1 } from "../core/trace.ts";
import type { Value } from "../core/values.ts";
import { broadcastInDimP } from "./primitives/broadcast.ts";

export function broadcastInDim(x: Value, shape: Shape, broadcastDimensions: readonly number[]): Value {
  const a = x.aval;
  if (a.ndim === shape.length && a.shape.every((d, i) => d === shape[i]) && broadcastDimensions.every((d, i) => d === i)) {
    return x;
  }
  return bind1(broadcastInDimP, [x], {
    shape: [...shape],
    broadcast_dimensions: [...broadcastDimensions],
    sharding: null,
  });
}

/** `lax.broadcast(x, sizes)`: new leading dimensions. */
export function broadcast(x: Value, sizes: Shape): Value {
  const nd = x.aval.ndim;
  const dims = Array.from({ length: nd }, (_, i) => i + sizes.length);
  return broadcastInDim(x, [...sizes, ...x.aval.shape], dims);
}

export function broadcastToRank(x: Value, rank: number): Value {
  const nd = x.aval.ndim;
  if (nd === rank) return x;
  return broadcast(x, new Array<number>(rank - nd).fill(1));
}

/** `lax.broadcast_shapes` (numpy rules); the error is JAX's. */
export function broadcastShapes(_name: string, shapes: readonly Shape[]): Shape {
  const rank = Math.max(...shapes.map((s) => s.length));
  const padded = shapes.map((s) => [...new Array<number>(rank - s.length).fill(1), ...s]);
  const out: number[] = [];
  for (let i = 0; i < rank; i++) {
    const ds = padded.map((s) => s[i]);
    const non1 = ds.filter((d) => d !== 1);
    if (non1.some((d) => d !== non1[0])) {
      const shown = shapes.map(shapeStr).join(", ");
      throw valueError(`Incompatible shapes for broadcasting: shapes=[${shown}]`);
    }
    out.push(non1.length ? non1[0] : 1);
  }
  return out;
}
