// Large elementwise kernels split between this thread and a helper thread, as XLA's CPU runtime splits a
// loop between its threads. Both run the same generated loops (kernels.generated.ts), each claiming the
// next chunk of the output until none is left, in memory both threads share (SharedArrayBuffer).
//
// The engine itself never starts threads: a host that can (the `traceur` command, on Node) installs a
// `KernelHelper` with `setKernelHelper`. Without one, or for small outputs, kernels run on this thread.
import { isSharedMemory, type TypedArray } from "../../core/storage.ts";
import {
  BINARY_LOOPS,
  CLEAN,
  FMA_CLEAN,
  FMA_LOOPS,
  UNARY_LOOPS,
  type BinaryLoop,
  type TernaryLoop,
  type UnaryLoop,
} from "./kernels.generated.ts";

/** Outputs smaller than this run on one thread: handing half to the helper costs more than it saves. */
export const PARALLEL_MIN_ELEMENTS = 1 << 18;

/** The output as a grid of runs (see elementwise.ts `Runs`). */
export interface RunGrid {
  readonly sizes: readonly number[];
  readonly strides: readonly (readonly number[])[];
}

/**
 * How the two threads share a task: each claims the next chunk of `chunk` output elements from the first
 * slot of `claims` until none is left, and marks chunk i done in slot 1 + i. A thread slowed down (the
 * other vCPU taken by the host, a late wake-up) then simply does fewer chunks.
 */
export interface SharedWork {
  readonly claims: Int32Array;
  readonly chunk: number;
}

/** One kernel over part of its output, as plain data that can be posted to another thread. */
export type KernelTask = (
  | {
      readonly kind: "unary";
      readonly op: string;
      readonly dtype: string;
      readonly out: TypedArray;
      readonly x: TypedArray;
      /** x holds no denormals (kernels.generated.ts UnaryLoop). */
      readonly clean?: boolean;
      readonly start: number;
      readonly end: number;
    }
  | {
      readonly kind: "binary" | "fma";
      readonly op: string;
      readonly dtype: string;
      readonly out: TypedArray;
      readonly operands: readonly TypedArray[];
      readonly grid: RunGrid;
      /** The operands hold no denormals (kernels.generated.ts CLEAN, FMA_CLEAN). */
      readonly clean?: boolean;
      readonly start: number;
      readonly end: number;
    }
) & { readonly work?: SharedWork };

/** What runs a share of a task elsewhere (runShare): `start` posts it, `wait` blocks until it is done. */
export interface KernelHelper {
  start(task: KernelTask): void;
  /** False when the helper did not finish in time (it is then dropped, and this thread does the chunks it left). */
  wait(): boolean;
}

let helper: KernelHelper | undefined;
let splitCount = 0;

/** How many tasks were split between the threads so far (tests, benchmarks). */
export function splitTasks(): number {
  return splitCount;
}

export function setKernelHelper(h: KernelHelper | undefined): void {
  helper = h;
}

export function kernelHelperInstalled(): boolean {
  return helper !== undefined;
}

/** Whether an output of `length` elements should live in memory the helper thread can see. */
export function wantsSharedOutput(length: number): boolean {
  return helper !== undefined && length >= PARALLEL_MIN_ELEMENTS;
}

/** A typed array of the class named `className` over a new SharedArrayBuffer. */
export function sharedArray(className: string, length: number): TypedArray {
  const ctor = (
    globalThis as unknown as Record<
      string,
      { new (b: SharedArrayBuffer): TypedArray; BYTES_PER_ELEMENT: number }
    >
  )[className];
  return new ctor(new SharedArrayBuffer(length * ctor.BYTES_PER_ELEMENT));
}

/** The operands as shared memory: small ones are copied; undefined when a large one is not shared. */
function sharedOperands(operands: readonly TypedArray[]): TypedArray[] | undefined {
  const out: TypedArray[] = [];
  for (const a of operands) {
    if (isSharedMemory(a)) out.push(a);
    else if (a.length < PARALLEL_MIN_ELEMENTS) {
      const copy = sharedArray(a.constructor.name, a.length);
      copy.set(a);
      out.push(copy);
    } else return undefined;
  }
  return out;
}

/** The output elements a thread claims at a time: small enough to balance, large enough to cost nothing. */
const CHUNK_ELEMENTS = 1 << 16;

/**
 * Run `task` over [start, end) with the helper thread, both claiming chunks of it, when it can; returns
 * false when it cannot (the caller then runs the whole task itself).
 */
export function runSplit(task: KernelTask): boolean {
  if (!helper || !isSharedMemory(task.out) || task.end - task.start < PARALLEL_MIN_ELEMENTS) return false;
  if (task.kind !== "unary" && task.grid.sizes[task.grid.sizes.length - 1] < 64) return false;
  const inputs = task.kind === "unary" ? sharedOperands([task.x]) : sharedOperands(task.operands);
  if (!inputs) return false;
  splitCount++;
  const chunks = Math.ceil((task.end - task.start) / CHUNK_ELEMENTS);
  const work: SharedWork = {
    claims: new Int32Array(new SharedArrayBuffer(4 * (1 + chunks))),
    chunk: CHUNK_ELEMENTS,
  };
  const shared: KernelTask =
    task.kind === "unary" ? { ...task, x: inputs[0], work } : { ...task, operands: inputs, work };
  helper.start(shared);
  runShare(shared);
  if (!helper.wait()) {
    // The helper is lost: this thread does the chunks it left unfinished.
    helper = undefined;
    for (let i = 0; i < chunks; i++) {
      if (Atomics.load(work.claims, 1 + i) === 0) runTask(chunkOf(shared, work, i));
    }
  }
  return true;
}

function chunkOf(task: KernelTask, work: SharedWork, i: number): KernelTask {
  const start = task.start + i * work.chunk;
  return { ...task, start, end: Math.min(task.end, start + work.chunk) };
}

/** This thread's share of a task: chunks claimed one after the other until none is left. */
export function runShare(task: KernelTask): void {
  const work = task.work;
  if (!work) {
    runTask(task);
    return;
  }
  const chunks = work.claims.length - 1;
  for (;;) {
    const i = Atomics.add(work.claims, 0, 1);
    if (i >= chunks) return;
    runTask(chunkOf(task, work, i));
    Atomics.store(work.claims, 1 + i, 1);
  }
}

const loopNames = new Map<unknown, { op: string; dtype: string }>();
for (const table of [BINARY_LOOPS, UNARY_LOOPS]) {
  for (const [op, byDType] of Object.entries(table)) {
    for (const [dtype, loop] of Object.entries(byDType)) loopNames.set(loop, { op, dtype });
  }
}
for (const [op, loop] of Object.entries(FMA_LOOPS)) loopNames.set(loop, { op, dtype: "float32" });

/** The table names of a generated loop, which another thread uses to find its own copy of it. */
export function loopName(
  loop: BinaryLoop | UnaryLoop | TernaryLoop,
): { op: string; dtype: string } | undefined {
  return loopNames.get(loop);
}

/** Run one task on this thread (both threads call this). */
export function runTask(task: KernelTask): void {
  if (task.kind === "unary") {
    const loop = UNARY_LOOPS[task.op]![task.dtype as never] as UnaryLoop;
    loop(
      task.out.subarray(task.start, task.end),
      task.x.subarray(task.start, task.end),
      task.end - task.start,
      task.clean === true,
    );
    return;
  }
  const { grid, operands: ops, out } = task;
  const nd = grid.sizes.length;
  const last = grid.strides.map((s) => s[nd - 1]);
  const offsets = new Array<number>(ops.length).fill(0);
  if (task.kind === "binary") {
    const loop = BINARY_LOOPS[task.op]![task.dtype as never] as BinaryLoop;
    const mode = (last[0] ? 2 : 0) | (last[1] ? 1 : 0) | (task.clean === true ? CLEAN : 0);
    forEachPiece(grid, task.start, task.end, offsets, (oo, n) =>
      loop(out, oo, ops[0], offsets[0], ops[1], offsets[1], n, mode),
    );
  } else {
    const loop = FMA_LOOPS[task.op as keyof typeof FMA_LOOPS] as TernaryLoop;
    const mode =
      (last[0] ? 4 : 0) | (last[1] ? 2 : 0) | (last[2] ? 1 : 0) | (task.clean === true ? FMA_CLEAN : 0);
    const [a, b, c] = ops as Float32Array[];
    forEachPiece(grid, task.start, task.end, offsets, (oo, n) =>
      loop(out as Float32Array, oo, a, offsets[0], b, offsets[1], c, offsets[2], n, mode),
    );
  }
}

/**
 * Walk the output positions [start, end) of a run grid piece by piece (each within one run), with each
 * operand's offset for the piece's first element in `offsets`.
 */
export function forEachPiece(
  grid: RunGrid,
  start: number,
  end: number,
  offsets: number[],
  visit: (outOffset: number, n: number) => void,
): void {
  const { sizes, strides } = grid;
  const nd = sizes.length;
  const len = sizes[nd - 1];
  let p = start;
  while (p < end) {
    let run = Math.floor(p / len);
    const j = p - run * len;
    const n = Math.min(len - j, end - p);
    for (let k = 0; k < offsets.length; k++) offsets[k] = j * strides[k][nd - 1];
    for (let d = nd - 2; d >= 0; d--) {
      const coord = run % sizes[d];
      run = (run - coord) / sizes[d];
      for (let k = 0; k < offsets.length; k++) offsets[k] += coord * strides[k][d];
    }
    visit(p, n);
    p += n;
  }
}
