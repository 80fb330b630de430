// Where lax-style broadcasting (rank 0, or equal ranks with size-1 dims) reads each output element from.
import { type Shape, shapeSize, stridesOf } from "../core/aval.ts";

/** For each element of `outShape` (row-major), the flat index of the element of `shape` it broadcasts from. */
export function broadcastSources(shape: Shape, outShape: Shape): Int32Array {
  const n = shapeSize(outShape);
  const sources = new Int32Array(n);
  if (shape.length === 0) return sources;
  const inStrides = stridesOf(shape).map((s, i) => (shape[i] === 1 ? 0 : s));
  const outStrides = stridesOf(outShape);
  for (let i = 0; i < n; i++) {
    let src = 0;
    for (let ax = 0; ax < outShape.length; ax++)
      src += (Math.floor(i / outStrides[ax]) % outShape[ax]) * inStrides[ax];
    sources[i] = src;
  }
  return sources;
}
