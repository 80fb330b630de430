// Elementwise CPU kernels: broadcasting walks over typed arrays.
//
// The hot primitives run the loops of kernels.generated.ts, one function per (primitive, dtype) with the
// operation inline: `runUnary`, `runBinary`. Everything else goes through `mapUnary`, `mapBinary` and
// `mapTernary`, which call a per-element function (slower: V8 cannot inline calls made through a shared
// loop), and round narrow floats (f16/bf16) after computing.
//
// A broadcasting walk first simplifies the output's shape (`runsOf`): size-1 dimensions go, and
// neighbouring dimensions merge where every operand is contiguous, or broadcast, across both. What is
// left is a grid of runs along the last dimension, in which each operand either advances by one element
// or stays on one element. Same-shape operands, a scalar and an array, and a row against a column (an
// outer product) are all one or a few thousand runs, each a plain loop.
import { type ShapedArray, type Shape, stridesOf } from "../../core/aval.ts";
import { roundToDType, type TypedArray } from "../../core/storage.ts";
import { allocateForOverwrite } from "./output-memory.ts";
import { kernelHelperInstalled, loopName, PARALLEL_MIN_ELEMENTS, runSplit } from "./parallel.ts";
import { ArrayValue } from "../../core/values.ts";
import {
  CLEAN,
  FLUSHING_LOOPS,
  FMA_CLEAN,
  type BinaryLoop,
  type TernaryLoop,
  type UnaryLoop,
} from "./kernels.generated.ts";

/** Store computed doubles into the output's typed array, rounding narrow floats (f16/bf16). */
function finish(out: TypedArray, outAval: ShapedArray): ArrayValue {
  const d = outAval.dtype;
  if (d === "float16" || d === "bfloat16") {
    for (let i = 0; i < out.length; i++) out[i] = roundToDType(d, out[i]);
  }
  return new ArrayValue(outAval, out).markRecyclable();
}

/** An operand's strides over the output's dimensions: 0 where lax broadcasts it (rank 0, or a size-1 dim). */
function broadcastStrides(inShape: Shape, outShape: Shape): number[] {
  if (inShape.length === 0) return outShape.map(() => 0);
  const strides = stridesOf(inShape);
  return inShape.map((d, i) => (d === 1 && outShape[i] !== 1 ? 0 : strides[i]));
}

/**
 * The output as a grid of runs: `sizes` are the simplified dimensions (the last one is the run), and
 * `strides[k]` operand k's strides over them; along the run each stride is 0 or 1.
 */
export interface Runs {
  readonly sizes: readonly number[];
  readonly strides: readonly (readonly number[])[];
}

export function runsOf(outShape: Shape, operandShapes: readonly Shape[]): Runs {
  return runsOfStrides(
    outShape,
    operandShapes.map((s) => broadcastStrides(s, outShape)),
  );
}

/** The same, from each operand's strides over the output's dimensions (0 where it is broadcast). */
export function runsOfStrides(outShape: Shape, full: readonly (readonly number[])[]): Runs {
  const sizes: number[] = [];
  const strides: number[][] = full.map(() => []);
  for (let d = 0; d < outShape.length; d++) {
    const n = outShape[d];
    if (n === 1) continue;
    const last = sizes.length - 1;
    if (last >= 0 && full.every((s, k) => strides[k][last] === s[d] * n)) {
      sizes[last] *= n;
      full.forEach((s, k) => (strides[k][last] = s[d]));
    } else {
      sizes.push(n);
      full.forEach((s, k) => strides[k].push(s[d]));
    }
  }
  if (sizes.length === 0) {
    sizes.push(1);
    strides.forEach((s) => s.push(0));
  }
  return { sizes, strides };
}

/**
 * Advance the odometer over a grid's outer dimensions (all but the run) by one run, updating each
 * operand's offset in `offsets`.
 */
export function nextRun(runs: Runs, counter: Int32Array, offsets: number[]): void {
  const { sizes, strides } = runs;
  for (let ax = sizes.length - 2; ax >= 0; ax--) {
    counter[ax]++;
    for (let k = 0; k < offsets.length; k++) offsets[k] += strides[k][ax];
    if (counter[ax] < sizes[ax]) return;
    for (let k = 0; k < offsets.length; k++) offsets[k] -= strides[k][ax] * sizes[ax];
    counter[ax] = 0;
  }
}

/**
 * Fill `out` (of the output's shape) from a binary loop over broadcast operands; `clean` when both hold
 * no denormals (see kernels.generated.ts CLEAN).
 */
function applyBinary(
  loop: BinaryLoop,
  out: TypedArray,
  outShape: Shape,
  a: ArrayValue,
  b: ArrayValue,
  clean: boolean,
): void {
  const total = out.length;
  if (total === 0) return;
  const runs = runsOf(outShape, [a.shape, b.shape]);
  const nd = runs.sizes.length;
  const len = runs.sizes[nd - 1];
  const mode = (runs.strides[0][nd - 1] ? 2 : 0) | (runs.strides[1][nd - 1] ? 1 : 0) | (clean ? CLEAN : 0);
  const ad = a.borrowData();
  const bd = b.borrowData();
  if (nd === 1) {
    loop(out, 0, ad, 0, bd, 0, len, mode);
    return;
  }
  const counter = new Int32Array(nd - 1);
  const offsets = [0, 0];
  for (let oo = 0; oo < total; oo += len) {
    loop(out, oo, ad, offsets[0], bd, offsets[1], len, mode);
    nextRun(runs, counter, offsets);
  }
}

/** Run a generated loop over the output with the helper thread taking half, when parallel.ts can. */
function splitAcrossThreads(
  kind: "unary" | "binary" | "fma",
  loop: UnaryLoop | BinaryLoop | TernaryLoop,
  out: TypedArray,
  outShape: Shape,
  operands: readonly ArrayValue[],
  clean = false,
): boolean {
  if (out.length < PARALLEL_MIN_ELEMENTS || !kernelHelperInstalled()) return false;
  const name = loopName(loop);
  if (!name) return false;
  const data = operands.map((v) => v.borrowData());
  if (kind === "unary") return runSplit({ kind, ...name, out, x: data[0], clean, start: 0, end: out.length });
  const grid = runsOf(
    outShape,
    operands.map((v) => v.shape),
  );
  return runSplit({ kind, ...name, out, operands: data, grid, clean, start: 0, end: out.length });
}

/** A binary primitive's result through one of the generated loops (see kernels.generated.ts). */
export function runBinary(loop: BinaryLoop, a: ArrayValue, b: ArrayValue, outAval: ShapedArray): ArrayValue {
  const out = allocateForOverwrite(outAval.dtype, outAval.size);
  // Only float32 values are ever known clean: the loops of other dtypes never see the flag.
  const clean = a.holdsNoDenormals() && b.holdsNoDenormals();
  if (!splitAcrossThreads("binary", loop, out, outAval.shape, [a, b], clean))
    applyBinary(loop, out, outAval.shape, a, b, clean);
  return flushedIf(FLUSHING_LOOPS.has(loop), new ArrayValue(outAval, out).markRecyclable());
}

function flushedIf(flushed: boolean, v: ArrayValue): ArrayValue {
  return flushed ? v.markFlushed() : v;
}

/** A float32 ternary operation (a contracted multiply-add) through one of the generated loops. */
export function runTernaryF32(
  loop: TernaryLoop,
  a: ArrayValue,
  b: ArrayValue,
  c: ArrayValue,
  outAval: ShapedArray,
): ArrayValue {
  const out = allocateForOverwrite("float32", outAval.size) as Float32Array;
  const total = out.length;
  const clean = a.holdsNoDenormals() && b.holdsNoDenormals() && c.holdsNoDenormals();
  if (total > 0 && !splitAcrossThreads("fma", loop, out, outAval.shape, [a, b, c], clean)) {
    const runs = runsOf(outAval.shape, [a.shape, b.shape, c.shape]);
    const nd = runs.sizes.length;
    const len = runs.sizes[nd - 1];
    const mode =
      (runs.strides[0][nd - 1] ? 4 : 0) |
      (runs.strides[1][nd - 1] ? 2 : 0) |
      (runs.strides[2][nd - 1] ? 1 : 0) |
      (clean ? FMA_CLEAN : 0);
    const [ad, bd, cd] = [a.borrowData(), b.borrowData(), c.borrowData()] as Float32Array[];
    const counter = new Int32Array(nd - 1);
    const offsets = [0, 0, 0];
    for (let oo = 0; oo < total; oo += len) {
      loop(out, oo, ad, offsets[0], bd, offsets[1], cd, offsets[2], len, mode);
      nextRun(runs, counter, offsets);
    }
  }
  // A contracted multiply-add flushes its result.
  return new ArrayValue(outAval, out).markRecyclable().markFlushed();
}

/** A unary primitive's result through one of the generated loops. */
export function runUnary(loop: UnaryLoop, x: ArrayValue, outAval: ShapedArray): ArrayValue {
  const out = allocateForOverwrite(outAval.dtype, outAval.size);
  const clean = x.holdsNoDenormals();
  if (!splitAcrossThreads("unary", loop, out, outAval.shape, [x], clean))
    loop(out, x.borrowData(), out.length, clean);
  return flushedIf(FLUSHING_LOOPS.has(loop), new ArrayValue(outAval, out).markRecyclable());
}

export function mapUnary(x: ArrayValue, outAval: ShapedArray, f: (v: number) => number): ArrayValue {
  const out = allocateForOverwrite(outAval.dtype, outAval.size);
  const src = x.borrowData();
  for (let i = 0; i < out.length; i++) out[i] = f(src[i]);
  return finish(out, outAval);
}

export function mapBinary(
  a: ArrayValue,
  b: ArrayValue,
  outAval: ShapedArray,
  f: (x: number, y: number) => number,
): ArrayValue {
  const out = allocateForOverwrite(outAval.dtype, outAval.size);
  const total = out.length;
  if (total > 0) {
    const runs = runsOf(outAval.shape, [a.shape, b.shape]);
    const nd = runs.sizes.length;
    const len = runs.sizes[nd - 1];
    const la = runs.strides[0][nd - 1];
    const lb = runs.strides[1][nd - 1];
    const ad = a.borrowData();
    const bd = b.borrowData();
    const counter = new Int32Array(nd - 1);
    const offsets = [0, 0];
    for (let oo = 0; oo < total; oo += len) {
      const pa = offsets[0];
      const pb = offsets[1];
      for (let j = 0; j < len; j++) out[oo + j] = f(ad[pa + j * la], bd[pb + j * lb]);
      nextRun(runs, counter, offsets);
    }
  }
  return finish(out, outAval);
}

export function mapTernary(
  a: ArrayValue,
  b: ArrayValue,
  c: ArrayValue,
  outAval: ShapedArray,
  f: (x: number, y: number, z: number) => number,
): ArrayValue {
  const out = allocateForOverwrite(outAval.dtype, outAval.size);
  const total = out.length;
  if (total > 0) {
    const runs = runsOf(outAval.shape, [a.shape, b.shape, c.shape]);
    const nd = runs.sizes.length;
    const len = runs.sizes[nd - 1];
    const [la, lb, lc] = runs.strides.map((s) => s[nd - 1]);
    const [ad, bd, cd] = [a.borrowData(), b.borrowData(), c.borrowData()];
    const counter = new Int32Array(nd - 1);
    const offsets = [0, 0, 0];
    for (let oo = 0; oo < total; oo += len) {
      const [pa, pb, pc] = offsets;
      for (let j = 0; j < len; j++) out[oo + j] = f(ad[pa + j * la], bd[pb + j * lb], cd[pc + j * lc]);
      nextRun(runs, counter, offsets);
    }
  }
  return finish(out, outAval);
}
