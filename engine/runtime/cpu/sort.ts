// lax.sort on the CPU: every operand is permuted along `dimension` by the lexicographic order of the
// first `numKeys` operands. Floats use JAX's total order: -0.0 equals 0.0 and NaNs sort last.
import { shapeSize, stridesOf } from "../../core/aval.ts";
import { isComplex } from "../../core/dtypes.ts";
import { allocate } from "../../core/storage.ts";
import { ArrayValue } from "../../core/values.ts";

function compareNumbers(a: number, b: number): number {
  const an = Number.isNaN(a);
  const bn = Number.isNaN(b);
  if (an || bn) return an === bn ? 0 : an ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortCpu(
  operands: readonly ArrayValue[],
  dimension: number,
  numKeys: number,
  stable = true,
): ArrayValue[] {
  const shape = operands[0].shape;
  const n = shape[dimension];
  const stride = stridesOf(shape)[dimension];
  const lanes = n === 0 ? 0 : shapeSize(shape) / n;
  const keys = operands.slice(0, numKeys);
  const outs = operands.map((x) => allocate(x.dtype, x.data.length));
  const order = Array.from({ length: n }, (_, i) => i);

  const compareAt = (p: number, q: number): number => {
    for (const k of keys) {
      if (isComplex(k.dtype)) {
        const c =
          compareNumbers(k.data[2 * p], k.data[2 * q]) ||
          compareNumbers(k.data[2 * p + 1], k.data[2 * q + 1]);
        if (c) return c;
      } else {
        const c = compareNumbers(k.data[p], k.data[q]);
        if (c) return c;
      }
    }
    return 0;
  };

  for (let lane = 0; lane < lanes; lane++) {
    // The first element of this lane: lanes enumerate the coordinates of every other axis.
    const base = Math.floor(lane / stride) * stride * n + (lane % stride);
    for (let i = 0; i < n; i++) order[i] = i;
    const less = (i: number, j: number): boolean => compareAt(base + i * stride, base + j * stride) < 0;
    // XLA's CPU sort is std::stable_sort when stable and std::sort (libstdc++'s introsort) otherwise;
    // the unstable order of equal keys is reproduced by running the same algorithm.
    if (stable) order.sort((i, j) => compareAt(base + i * stride, base + j * stride));
    else introsort(order, less);
    operands.forEach((x, o) => {
      const out = outs[o];
      const width = isComplex(x.dtype) ? 2 : 1;
      for (let i = 0; i < n; i++) {
        const from = (base + order[i] * stride) * width;
        const to = (base + i * stride) * width;
        for (let w = 0; w < width; w++) out[to + w] = x.data[from + w];
      }
    });
  }
  return operands.map((x, o) => new ArrayValue(x.aval, outs[o]));
}

// ---- libstdc++'s std::sort, step for step ----

type Less = (a: number, b: number) => boolean;

const THRESHOLD = 16;

export function introsort(a: number[], less: Less): void {
  const n = a.length;
  if (n < 2) return;
  introsortLoop(a, 0, n, 2 * Math.floor(Math.log2(n)), less);
  finalInsertionSort(a, 0, n, less);
}

function swap(a: number[], i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

function introsortLoop(a: number[], first: number, last: number, depth: number, less: Less): void {
  while (last - first > THRESHOLD) {
    if (depth === 0) {
      heapSort(a, first, last, less);
      return;
    }
    depth--;
    const cut = partitionPivot(a, first, last, less);
    introsortLoop(a, cut, last, depth, less);
    last = cut;
  }
}

function partitionPivot(a: number[], first: number, last: number, less: Less): number {
  const mid = first + Math.floor((last - first) / 2);
  moveMedianToFirst(a, first, first + 1, mid, last - 1, less);
  return unguardedPartition(a, first + 1, last, first, less);
}

function moveMedianToFirst(a: number[], result: number, x: number, y: number, z: number, less: Less): void {
  if (less(a[x], a[y])) {
    if (less(a[y], a[z])) swap(a, result, y);
    else if (less(a[x], a[z])) swap(a, result, z);
    else swap(a, result, x);
  } else if (less(a[x], a[z])) swap(a, result, x);
  else if (less(a[y], a[z])) swap(a, result, z);
  else swap(a, result, y);
}

function unguardedPartition(a: number[], first: number, last: number, pivot: number, less: Less): number {
  for (;;) {
    while (less(a[first], a[pivot])) first++;
    last--;
    while (less(a[pivot], a[last])) last--;
    if (!(first < last)) return first;
    swap(a, first, last);
    first++;
  }
}

function finalInsertionSort(a: number[], first: number, last: number, less: Less): void {
  if (last - first > THRESHOLD) {
    insertionSort(a, first, first + THRESHOLD, less);
    for (let i = first + THRESHOLD; i < last; i++) unguardedLinearInsert(a, i, less);
  } else {
    insertionSort(a, first, last, less);
  }
}

function insertionSort(a: number[], first: number, last: number, less: Less): void {
  if (first === last) return;
  for (let i = first + 1; i < last; i++) {
    if (less(a[i], a[first])) {
      const v = a[i];
      for (let k = i; k > first; k--) a[k] = a[k - 1];
      a[first] = v;
    } else {
      unguardedLinearInsert(a, i, less);
    }
  }
}

function unguardedLinearInsert(a: number[], last: number, less: Less): void {
  const v = a[last];
  let next = last - 1;
  while (less(v, a[next])) {
    a[last] = a[next];
    last = next;
    next--;
  }
  a[last] = v;
}

/** std::__partial_sort(first, last, last): make_heap then sort_heap. */
function heapSort(a: number[], first: number, last: number, less: Less): void {
  const len = last - first;
  if (len >= 2) {
    for (let parent = Math.floor((len - 2) / 2); ; parent--) {
      adjustHeap(a, first, parent, len, a[first + parent], less);
      if (parent === 0) break;
    }
  }
  for (let end = last; end - first > 1;) {
    end--;
    const v = a[end];
    a[end] = a[first];
    adjustHeap(a, first, 0, end - first, v, less);
  }
}

function adjustHeap(a: number[], first: number, hole: number, len: number, value: number, less: Less): void {
  const top = hole;
  let child = hole;
  while (child < Math.floor((len - 1) / 2)) {
    child = 2 * (child + 1);
    if (less(a[first + child], a[first + child - 1])) child--;
    a[first + hole] = a[first + child];
    hole = child;
  }
  if ((len & 1) === 0 && child === Math.floor((len - 2) / 2)) {
    child = 2 * (child + 1);
    a[first + hole] = a[first + child - 1];
    hole = child - 1;
  }
  // __push_heap
  let parent = Math.floor((hole - 1) / 2);
  while (hole > top && less(a[first + parent], value)) {
    a[first + hole] = a[first + parent];
    hole = parent;
    parent = Math.floor((hole - 1) / 2);
  }
  a[first + hole] = value;
}
