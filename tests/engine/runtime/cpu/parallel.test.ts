import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ShapedArray } from "../../../../engine/core/aval.ts";
import { ArrayValue } from "../../../../engine/core/values.ts";
import { installKernelHelper } from "../../../../engine/node/kernel-helper.ts";
import { runBinary, runsOf, runTernaryF32, runUnary } from "../../../../engine/runtime/cpu/elementwise.ts";
import { BINARY_LOOPS, FMA_LOOPS, UNARY_LOOPS } from "../../../../engine/runtime/cpu/kernels.generated.ts";
import {
  forEachPiece,
  kernelHelperInstalled,
  PARALLEL_MIN_ELEMENTS,
  runShare,
  runSplit,
  runTask,
  type KernelTask,
  setKernelHelper,
  sharedArray,
  splitTasks,
} from "../../../../engine/runtime/cpu/parallel.ts";

/** Deterministic float32 data with negatives, zeros and denormals among it. */
function data(shape: number[], seed: number): ArrayValue {
  const n = shape.reduce((a, b) => a * b, 1);
  const out =
    n >= PARALLEL_MIN_ELEMENTS ? (sharedArray("Float32Array", n) as Float32Array) : new Float32Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    out[i] = i % 97 === 0 ? 1e-40 : i % 89 === 0 ? 0 : (s / 2 ** 32 - 0.5) * 100;
  }
  return new ArrayValue(new ShapedArray(shape, "float32", false), out);
}

const f32 = (shape: number[]) => new ShapedArray(shape, "float32", false);
const bits = (v: ArrayValue) => Array.from(new Uint32Array(new Float32Array(v.data).buffer));

/** The same kernel with and without the helper thread. */
function bothWays(run: () => ArrayValue): [ArrayValue, ArrayValue] {
  const splitsBefore = splitTasks();
  const helperOn = run();
  expect(splitTasks()).toBe(splitsBefore + 1);
  setKernelHelper(undefined);
  const alone = run();
  installKernelHelper();
  return [helperOn, alone];
}

beforeAll(() => installKernelHelper());
afterAll(() => setKernelHelper(undefined));

describe("kernels split between two threads", () => {
  const big = [700, 900];
  it.each([
    ["same shapes", big, big],
    ["a row against a column", [700, 1], [1, 900]],
    ["an array and a row", big, [1, 900]],
    ["an array and a scalar", big, []],
  ])("binary loops give bit-identical results: %s", (_, sa, sb) => {
    expect(kernelHelperInstalled()).toBe(true);
    const [a, b] = [data(sa, 1), data(sb, 2)];
    const [split, alone] = bothWays(() => runBinary(BINARY_LOOPS.mul.float32!, a, b, f32(big)));
    expect(split.data.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(alone.data.buffer).not.toBeInstanceOf(SharedArrayBuffer);
    expect(bits(split)).toEqual(bits(alone));
  });

  it("binary loops on operands known to hold no denormals give the results of flushing them", () => {
    // A flushing kernel's outputs are known clean; copies of them are not (too large to search).
    const flushedOf = (v: ArrayValue) => runBinary(BINARY_LOOPS.add.float32!, v, data([], 0), v.aval);
    const [a, b] = [flushedOf(data(big, 6)), flushedOf(data([1, 900], 7))];
    expect(a.holdsNoDenormals() && b.holdsNoDenormals()).toBe(true);
    const unknown = (v: ArrayValue) => new ArrayValue(v.aval, new Float32Array(v.data));
    expect(unknown(a).holdsNoDenormals()).toBe(false);
    const [split, alone] = bothWays(() => runBinary(BINARY_LOOPS.sub.float32!, a, b, f32(big)));
    expect(bits(split)).toEqual(bits(alone));
    setKernelHelper(undefined);
    const flushing = runBinary(BINARY_LOOPS.sub.float32!, unknown(a), unknown(b), f32(big));
    installKernelHelper();
    expect(bits(split)).toEqual(bits(flushing));
  });

  it("unary loops and contracted multiply-adds give bit-identical results", () => {
    const x = data([1, 900], 3);
    const y = data([700, 900], 4);
    const [e1, e2] = bothWays(() => runUnary(UNARY_LOOPS.exp.float32!, y, y.aval));
    expect(bits(e1)).toEqual(bits(e2));
    const col = data([700, 1], 5);
    const [f1, f2] = bothWays(() => runTernaryF32(FMA_LOOPS.subProduct, col, x, y, f32([700, 900])));
    expect(bits(f1)).toEqual(bits(f2));
  });

  it("hands the second half to the helper only for large shared outputs", () => {
    const out = sharedArray("Float32Array", PARALLEL_MIN_ELEMENTS);
    const x = sharedArray("Float32Array", PARALLEL_MIN_ELEMENTS).fill(2);
    const task = { kind: "unary", op: "neg", dtype: "float32", out, x, start: 0 } as const;
    expect(runSplit({ ...task, end: PARALLEL_MIN_ELEMENTS })).toBe(true);
    expect(out.every((v) => v === -2)).toBe(true);
    expect(runSplit({ ...task, end: PARALLEL_MIN_ELEMENTS - 1 })).toBe(false);
    expect(
      runSplit({ ...task, out: new Float32Array(PARALLEL_MIN_ELEMENTS), end: PARALLEL_MIN_ELEMENTS }),
    ).toBe(false);
  });
});

describe("threads share a task by chunks", () => {
  const n = PARALLEL_MIN_ELEMENTS * 2 + 5;
  const task = () => {
    const x = sharedArray("Float32Array", n) as Float32Array;
    x.forEach((_, i) => (x[i] = i));
    return {
      kind: "unary",
      op: "neg",
      dtype: "float32",
      out: sharedArray("Float32Array", n),
      x,
      start: 0,
      end: n,
    } as const;
  };
  const negated = (out: ArrayLike<number>) => Array.from(out).every((v, i) => v === -i);
  afterAll(() => installKernelHelper());

  it("does every chunk on this thread when the helper comes late, and the helper then finds none left", () => {
    let posted: KernelTask | undefined;
    setKernelHelper({
      start: (t) => (posted = t),
      wait: () => {
        runShare(posted!);
        return true;
      },
    });
    const t = task();
    expect(runSplit(t)).toBe(true);
    expect(negated(t.out)).toBe(true);
  });

  it("does the chunks a lost helper claimed but never finished", () => {
    let posted: KernelTask | undefined;
    setKernelHelper({
      // The helper claims the first chunk and is lost before it writes anything.
      start: (t) => {
        posted = t;
        Atomics.add(t.work!.claims, 0, 1);
      },
      wait: () => false,
    });
    const t = task();
    expect(runSplit(t)).toBe(true);
    expect(posted!.work!.claims[1]).toBe(0);
    expect(negated(t.out)).toBe(true);
    expect(kernelHelperInstalled()).toBe(false);
  });
});

describe("forEachPiece", () => {
  it("walks any range of a run grid with the operands' offsets, as the odometer does", () => {
    const shapes: Array<[number[], number[][]]> = [
      [
        [6, 5, 4],
        [[6, 5, 4], [1, 5, 1], []],
      ],
      [
        [3, 8],
        [
          [3, 1],
          [1, 8],
        ],
      ],
      [[10], [[10], []]],
    ];
    for (const [outShape, operandShapes] of shapes) {
      const grid = runsOf(outShape, operandShapes);
      const total = outShape.reduce((a, b) => a * b, 1);
      // The odometer's offsets for every output position.
      const want: number[][] = [];
      const nd = grid.sizes.length;
      for (let p = 0; p < total; p++) {
        let rest = p;
        const offs = operandShapes.map(() => 0);
        for (let d = nd - 1; d >= 0; d--) {
          const c = rest % grid.sizes[d];
          rest = (rest - c) / grid.sizes[d];
          offs.forEach((_, k) => (offs[k] += c * grid.strides[k][d]));
        }
        want.push(offs);
      }
      for (const [start, end] of [
        [0, total],
        [1, total - 1],
        [Math.floor(total / 3), total],
      ]) {
        const got: number[][] = [];
        const offsets = operandShapes.map(() => 0);
        forEachPiece(grid, start, end, offsets, (oo, n) => {
          const moves = grid.strides.map((s) => s[nd - 1]);
          for (let j = 0; j < n; j++) got[oo + j - start] = offsets.map((o, k) => o + j * moves[k]);
        });
        expect(got).toEqual(want.slice(start, end));
      }
    }
  });
});

describe("a task run whole on one thread", () => {
  it("fills the output of a binary task", () => {
    const a = new Float32Array([1, 2, 3, 4, 5, 6]);
    const b = new Float32Array([10, 20]);
    const out = new Float32Array(6);
    const grid = runsOf(
      [3, 2],
      [
        [3, 2],
        [1, 2],
      ],
    );
    runTask({ kind: "binary", op: "add", dtype: "float32", out, operands: [a, b], grid, start: 0, end: 6 });
    expect(Array.from(out)).toEqual([11, 22, 13, 24, 15, 26]);
  });
});
