// dot_general (jax/_src/lax/lax.py): shape and dtype rules with JAX's errors, its print rule, and a
// batched matrix-multiply CPU kernel.
import { ShapedArray, type Shape, shapeStr, stridesOf } from "../../core/aval.ts";
import { type DType, dtypeInfo, isFloating, isInteger, isUnsigned } from "../../core/dtypes.ts";
import { notSupported, typeError } from "../../core/errors.ts";
import { type BatchDim, type BatchResult, definePrimitive, type Primitive } from "../../core/primitive.ts";
import { PyList, PyVerbatim } from "../../core/pyrepr.ts";
import { allocate, roundToDType, type TypedArray } from "../../core/storage.ts";
import { bind1 } from "../../core/trace.ts";
import { ArrayValue, type Value } from "../../core/values.ts";
import type { ParamValue, Params } from "../../ir/jaxpr.ts";
import {
  argsort,
  bilinearTranspose,
  convertTo,
  standardJvp,
  transposeLax,
} from "../../transforms/ad/rules.ts";

/** `((lhs_contracting, rhs_contracting), (lhs_batch, rhs_batch))`. */
export type DotDimensionNumbers = readonly [
  readonly [readonly number[], readonly number[]],
  readonly [readonly number[], readonly number[]],
];

/** `Precision` enum names, as a canonical pair, or None. */
export type PrecisionName = "DEFAULT" | "HIGH" | "HIGHEST";

export interface DotGeneralParams extends Params {
  readonly dimension_numbers: DotDimensionNumbers;
  readonly precision: readonly [PyVerbatim, PyVerbatim] | null;
  readonly preferred_element_type: DType | null;
  readonly out_sharding: null;
}

export function precisionPair(lhs: PrecisionName, rhs: PrecisionName): readonly [PyVerbatim, PyVerbatim] {
  return [new PyVerbatim(`Precision.${lhs}`), new PyVerbatim(`Precision.${rhs}`)];
}

// ---- shape rule ----

const tuple = (xs: readonly number[]): string => shapeStr(xs);

function checkDimensionNumbers(lhs: ShapedArray, rhs: ShapedArray, dn: DotDimensionNumbers): void {
  const [[lc, rc], [lb, rb]] = dn;
  const inRange = (ds: readonly number[], nd: number) => ds.every((d) => d >= 0 && d < nd);
  if (!(inRange(lc, lhs.ndim) && inRange(lb, lhs.ndim))) {
    throw typeError(
      "dot_general requires lhs dimension numbers to be nonnegative and less than the number of axes of the lhs " +
        `value, got lhs_batch of ${tuple(lb)} and lhs_contracting of ${tuple(lc)} for lhs of rank ${lhs.ndim}`,
    );
  }
  if (!(inRange(rc, rhs.ndim) && inRange(rb, rhs.ndim))) {
    throw typeError(
      "dot_general requires rhs dimension numbers to be nonnegative and less than the number of axes of the rhs " +
        `value, got rhs_batch of ${tuple(rb)} and rhs_contracting of ${tuple(rc)} for rhs of rank ${rhs.ndim}`,
    );
  }
  if (lb.length !== rb.length) {
    throw typeError(
      `dot_general requires equal numbers of lhs_batch and rhs_batch dimensions, got lhs_batch ${tuple(lb)} and rhs_batch ${tuple(rb)}.`,
    );
  }
  const distinct = (ds: readonly number[]) => new Set(ds).size === ds.length;
  if (!distinct(lb))
    throw typeError(`dot_general requires lhs batch dimensions to be distinct, got lhs_batch ${tuple(lb)}.`);
  if (!distinct(rb))
    throw typeError(`dot_general requires rhs batch dimensions to be distinct, got rhs_batch ${tuple(rb)}.`);
  if (!distinct(lc)) {
    throw typeError(
      `dot_general requires lhs contracting dimensions to be distinct, got lhs_contracting ${tuple(lc)}.`,
    );
  }
  if (!distinct(rc)) {
    throw typeError(
      `dot_general requires rhs contracting dimensions to be distinct, got rhs_contracting ${tuple(rc)}.`,
    );
  }
  if (lc.some((d) => lb.includes(d))) {
    throw typeError(
      "dot_general requires lhs batch dimensions to be disjoint from contracting dimensions, got " +
        `lhs_batch ${tuple(lb)} and lhs_contracting ${tuple(lc)}.`,
    );
  }
  if (rc.some((d) => rb.includes(d))) {
    throw typeError(
      "dot_general requires rhs batch dimensions to be disjoint from contracting dimensions, got " +
        `rhs_batch ${tuple(rb)} and rhs_contracting ${tuple(rc)}.`,
    );
  }
  const lbShape = lb.map((d) => lhs.shape[d]);
  const rbShape = rb.map((d) => rhs.shape[d]);
  if (lbShape.join() !== rbShape.join()) {
    throw typeError(
      "dot_general requires lhs batch dimensions and rhs batch dimensions to have the same shape, " +
        `got ${tuple(lbShape)} and ${tuple(rbShape)}.`,
    );
  }
  const lcShape = lc.map((d) => lhs.shape[d]);
  const rcShape = rc.map((d) => rhs.shape[d]);
  if (lcShape.join() !== rcShape.join()) {
    throw typeError(
      `dot_general requires contracting dimensions to have the same shape, got ${tuple(lcShape)} and ${tuple(rcShape)}.`,
    );
  }
}

/** Dimensions neither contracted nor batched, in order. */
function freeDims(ndim: number, contracting: readonly number[], batch: readonly number[]): number[] {
  return Array.from({ length: ndim }, (_, i) => i).filter(
    (i) => !contracting.includes(i) && !batch.includes(i),
  );
}

/** batch dims, then the lhs free dims, then the rhs free dims. */
export function dotGeneralShape(lhs: Shape, rhs: Shape, dn: DotDimensionNumbers): Shape {
  const [[lc, rc], [lb, rb]] = dn;
  return [
    ...lb.map((d) => lhs[d]),
    ...freeDims(lhs.length, lc, lb).map((d) => lhs[d]),
    ...freeDims(rhs.length, rc, rb).map((d) => rhs[d]),
  ];
}

// ---- dtype rule ----

function bitWidth(d: DType): number {
  return d === "bool" ? 1 : dtypeInfo(d).bits;
}

/** XLA's ordering of types (`type_properties` in `_dot_general_dtype_rule`). */
function typeProperties(d: DType): number[] {
  const info = dtypeInfo(d);
  const complex = info.kind === "c";
  const real: DType = d === "complex64" ? "float32" : d === "complex128" ? "float64" : d;
  const FLOAT_PROPS: Partial<Record<DType, [number, number]>> = {
    bfloat16: [128, 7],
    float16: [16, 10],
    float32: [128, 23],
    float64: [1024, 52],
  };
  const [maxexp, nmant] = FLOAT_PROPS[real] ?? [-1, -1];
  return [complex ? 1 : 0, maxexp, nmant, bitWidth(real), isUnsigned(real) ? 0 : 1];
}

function compareProps(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

function dotResultDType(lhs: DType, rhs: DType, preferred: DType | null): DType {
  const order = compareProps(typeProperties(lhs), typeProperties(rhs));
  let result: DType;
  if (order > 0) result = lhs;
  else if (order < 0) result = rhs;
  else {
    if (lhs !== rhs) throw typeError(`lax.dot_general argument type error: ${lhs}, ${rhs}`);
    result = lhs;
  }
  if (preferred === null || preferred === result) return result;
  if (!isFloating(result) && bitWidth(preferred) < bitWidth(result)) {
    throw typeError(
      "`preferred_element_type` must not be narrower than the original type, got preferred_element_type of " +
        `${preferred} for result type of ${result}.`,
    );
  }
  return preferred;
}

// ---- the primitive ----

export const dotGeneralP: Primitive<DotGeneralParams> = definePrimitive<DotGeneralParams>({
  name: "dot_general",
  abstractEval: ([lhs, rhs], p) => {
    checkDimensionNumbers(lhs, rhs, p.dimension_numbers);
    const dtype = dotResultDType(lhs.dtype, rhs.dtype, p.preferred_element_type);
    return [
      new ShapedArray(
        dotGeneralShape(lhs.shape, rhs.shape, p.dimension_numbers),
        dtype,
        lhs.weakType && rhs.weakType,
      ),
    ];
  },
  cpu: ([lhs, rhs], p, [out]) => [dotGeneralCpu(lhs, rhs, p.dimension_numbers, out)],
  // `_dot_batch_rule`: the new dimension numbers say where the vmapped axes go.
  batch: ([lhs, rhs], [lbd, rbd], p): BatchResult => {
    const [dims, stackDim] = batchedDotDims(lhs.aval.ndim, rhs.aval.ndim, lbd, rbd, p.dimension_numbers);
    const out = bind1(dotGeneralP, [lhs, rhs], { ...p, dimension_numbers: dims });
    return [[out], [stackDim < 0 ? stackDim + out.aval.ndim : stackDim]];
  },
  // `_dot_general_pp_rule`: None-valued params and out_sharding hidden; dimension numbers as lists.
  printParams: (p) => {
    const [[lc, rc], [lb, rb]] = p.dimension_numbers;
    const shown: Array<readonly [string, ParamValue]> = [
      [
        "dimension_numbers",
        [
          [new PyList(lc), new PyList(rc)],
          [new PyList(lb), new PyList(rb)],
        ],
      ],
    ];
    if (p.precision !== null) shown.push(["precision", p.precision]);
    if (p.preferred_element_type !== null) shown.push(["preferred_element_type", p.preferred_element_type]);
    return shown;
  },
  // `ad.defbilinear(dot_general_p, _dot_general_transpose_lhs, _dot_general_transpose_rhs)`
  jvp: standardJvp(
    () => dotGeneralP,
    (g, [, y], p) => bind1(dotGeneralP, [g, y], p),
    (g, [x], p) => bind1(dotGeneralP, [x, g], p),
  ),
  transpose: bilinearTranspose(
    (ct, x, y, p) => dotTransposeLhs(ct, x, y as Value, p.dimension_numbers, p, false),
    (ct, x, y, p) => {
      const [[lc, rc], [lb, rb]] = p.dimension_numbers;
      return dotTransposeLhs(
        ct,
        y,
        x as Value,
        [
          [rc, lc],
          [rb, lb],
        ],
        p,
        true,
      );
    },
  ),
});

/** `_dot_general_batch_dim_nums`; the ranks are those of the operands as the rule gets them. */
function batchedDotDims(
  lhsNdim: number,
  rhsNdim: number,
  lbd: BatchDim,
  rbd: BatchDim,
  [[lhsContract, rhsContract], [lhsBatch, rhsBatch]]: DotDimensionNumbers,
): [DotDimensionNumbers, number] {
  const bump = (dims: readonly number[], b: number): number[] => dims.map((d) => d + (d >= b ? 1 : 0));
  if (lbd !== null && rbd !== null) {
    return [
      [
        [bump(lhsContract, lbd), bump(rhsContract, rbd)],
        [
          [lbd, ...bump(lhsBatch, lbd)],
          [rbd, ...bump(rhsBatch, rbd)],
        ],
      ],
      0,
    ];
  }
  if (lbd !== null) {
    const lhsTensor = Array.from({ length: lhsNdim }, (_, d) => d).filter(
      (d) => !lhsBatch.includes(d) && !lhsContract.includes(d),
    );
    const stack = lhsBatch.length + lhsTensor.filter((d) => d < lbd).length;
    return [
      [
        [bump(lhsContract, lbd), rhsContract],
        [bump(lhsBatch, lbd), rhsBatch],
      ],
      stack,
    ];
  }
  const r = rbd as number;
  const rhsTensor = Array.from({ length: rhsNdim }, (_, d) => d).filter(
    (d) => !rhsBatch.includes(d) && !rhsContract.includes(d),
  );
  const stack = lhsNdim - lhsContract.length + rhsTensor.filter((d) => d < r).length;
  return [
    [
      [lhsContract, bump(rhsContract, r)],
      [lhsBatch, bump(rhsBatch, r)],
    ],
    stack,
  ];
}

// ---- CPU kernel ----

/**
 * Copy `x` into a contiguous buffer laid out as [batch..., rows..., cols...] for the given groups of
 * dimensions, so that each batch is a row-major (rows x cols) matrix.
 */
function gather<T extends Float64Array | Int32Array>(x: ArrayValue, order: readonly number[], buf: T): T {
  const shape = x.shape;
  const strides = stridesOf(shape);
  const permShape = order.map((d) => shape[d]);
  const permStrides = order.map((d) => strides[d]);
  const src = x.data;
  const n = buf.length;
  if (order.every((d, i) => d === i)) {
    for (let i = 0; i < n; i++) buf[i] = src[i];
    return buf;
  }
  const counter = new Array<number>(order.length).fill(0);
  let pos = 0;
  for (let i = 0; i < n; i++) {
    buf[i] = src[pos];
    for (let ax = order.length - 1; ax >= 0; ax--) {
      counter[ax]++;
      pos += permStrides[ax];
      if (counter[ax] < permShape[ax]) break;
      pos -= permStrides[ax] * counter[ax];
      counter[ax] = 0;
    }
  }
  return buf;
}

const prod = (xs: readonly number[]): number => xs.reduce((a, b) => a * b, 1);

export function dotGeneralCpu(
  lhs: ArrayValue,
  rhs: ArrayValue,
  dn: DotDimensionNumbers,
  outAval: ShapedArray,
): ArrayValue {
  for (const d of [lhs.dtype, rhs.dtype, outAval.dtype]) {
    if (dtypeInfo(d).kind === "c") throw notSupported("complex numbers in dot_general");
  }
  const [[lc, rc], [lb, rb]] = dn;
  const lf = freeDims(lhs.aval.ndim, lc, lb);
  const rf = freeDims(rhs.aval.ndim, rc, rb);
  const B = prod(lb.map((d) => lhs.shape[d]));
  const M = prod(lf.map((d) => lhs.shape[d]));
  const K = prod(lc.map((d) => lhs.shape[d]));
  const N = prod(rf.map((d) => rhs.shape[d]));
  const lhsOrder = [...lb, ...lf, ...lc];
  const rhsOrder = [...rb, ...rc, ...rf];
  const out = allocate(outAval.dtype, outAval.size);
  const integral = isInteger(outAval.dtype) || outAval.dtype === "bool";
  if (integral) {
    const a = gather(lhs, lhsOrder, new Int32Array(B * M * K));
    const b = gather(rhs, rhsOrder, new Int32Array(B * K * N));
    intMatmul(a, b, B, M, K, N, out, outAval.dtype === "bool");
  } else {
    const a = gather(lhs, lhsOrder, new Float64Array(B * M * K));
    const b = gather(rhs, rhsOrder, new Float64Array(B * K * N));
    floatMatmul(a, b, B, M, K, N, out, outAval.dtype);
  }
  return new ArrayValue(outAval, out);
}

/**
 * Row-by-row products (i-k-j order keeps the inner loop contiguous). For float32 with fewer than 8 contracted
 * elements, XLA's CPU dot is a chain of fused multiply-adds in float32, and Traceur computes exactly that (a
 * product of two float32 is exact in a double, so rounding the sum once is an FMA). Longer contractions are
 * accumulated in doubles and rounded once: XLA's own order there is its vectorized kernel's.
 */
function floatMatmul(
  a: Float64Array,
  b: Float64Array,
  B: number,
  M: number,
  K: number,
  N: number,
  out: TypedArray,
  d: DType,
): void {
  if (d === "float32" && K < 8) {
    fmaChainMatmul(a, b, B, M, K, N, out);
    return;
  }
  // Four rows of the result at a time, over column blocks that stay in cache: each element of b is read
  // once for four rows. Every result element still sums its products in order k = 0, 1, ..., K-1.
  const JB = 256;
  const acc = new Float64Array(4 * JB);
  for (let batch = 0; batch < B; batch++) {
    const aOff = batch * M * K;
    const bOff = batch * K * N;
    const oOff = batch * M * N;
    for (let i = 0; i < M; i += 4) {
      const rows = Math.min(4, M - i);
      const r0 = aOff + i * K;
      // Missing rows at the end reuse row 0; their sums are computed and dropped.
      const r1 = rows > 1 ? r0 + K : r0;
      const r2 = rows > 2 ? r0 + 2 * K : r0;
      const r3 = rows > 3 ? r0 + 3 * K : r0;
      for (let j0 = 0; j0 < N; j0 += JB) {
        const jn = Math.min(JB, N - j0);
        acc.fill(0);
        for (let k = 0; k < K; k++) {
          const a0 = a[r0 + k];
          const a1 = a[r1 + k];
          const a2 = a[r2 + k];
          const a3 = a[r3 + k];
          const bRow = bOff + k * N + j0;
          for (let j = 0; j < jn; j++) {
            const bv = b[bRow + j];
            acc[j] += a0 * bv;
            acc[JB + j] += a1 * bv;
            acc[2 * JB + j] += a2 * bv;
            acc[3 * JB + j] += a3 * bv;
          }
        }
        for (let r = 0; r < rows; r++) {
          const o = oOff + (i + r) * N + j0;
          for (let j = 0; j < jn; j++) out[o + j] = roundToDType(d, acc[r * JB + j]);
        }
      }
    }
  }
}

function fmaChainMatmul(
  a: Float64Array,
  b: Float64Array,
  B: number,
  M: number,
  K: number,
  N: number,
  out: TypedArray,
): void {
  for (let batch = 0; batch < B; batch++) {
    const aOff = batch * M * K;
    const bOff = batch * K * N;
    for (let i = 0; i < M; i++) {
      for (let j = 0; j < N; j++) {
        let acc = 0;
        for (let k = 0; k < K; k++) acc = Math.fround(acc + a[aOff + i * K + k] * b[bOff + k * N + j]);
        out[(batch * M + i) * N + j] = acc;
      }
    }
  }
}

/** Integer products wrap modulo 2**32 as XLA's do; for bool, the result is an OR of ANDs. */
function intMatmul(
  a: Int32Array,
  b: Int32Array,
  B: number,
  M: number,
  K: number,
  N: number,
  out: TypedArray,
  bool: boolean,
): void {
  const acc = new Int32Array(N);
  for (let batch = 0; batch < B; batch++) {
    const aOff = batch * M * K;
    const bOff = batch * K * N;
    for (let i = 0; i < M; i++) {
      acc.fill(0);
      const aRow = aOff + i * K;
      for (let k = 0; k < K; k++) {
        const aik = a[aRow + k];
        const bRow = bOff + k * N;
        if (bool) {
          if (aik) for (let j = 0; j < N; j++) acc[j] |= b[bRow + j];
        } else {
          for (let j = 0; j < N; j++) acc[j] = (acc[j] + Math.imul(aik, b[bRow + j])) | 0;
        }
      }
      const oRow = (batch * M + i) * N;
      for (let j = 0; j < N; j++) out[oRow + j] = bool ? (acc[j] !== 0 ? 1 : 0) : acc[j];
    }
  }
}

// ---- transpose (lax.py `_dot_general_transpose_lhs`) ----

function remaining(n: number, ...removed: (readonly number[])[]): number[] {
  const gone = new Set(removed.flat());
  return Array.from({ length: n }, (_, i) => i).filter((i) => !gone.has(i));
}

function rangeFrom(start: number, length: number): number[] {
  return Array.from({ length }, (_, i) => start + i);
}

function dotTransposeLhs(
  g: Value,
  x: { readonly aval: ShapedArray },
  y: Value,
  dims: DotDimensionNumbers,
  p: DotGeneralParams,
  swapAns: boolean,
): Value {
  const [[xContract, yContract], [xBatch, yBatch]] = dims;
  const xKept = remaining(x.aval.ndim, xContract, xBatch);
  const yKept = remaining(y.aval.ndim, yContract, yBatch);
  const ansBatch = rangeFrom(0, xBatch.length);
  const ansY = swapAns
    ? rangeFrom(xBatch.length, yKept.length)
    : rangeFrom(xBatch.length + xKept.length, yKept.length);
  const ySortOrder = argsort(yContract);
  const xContractSortedByY = ySortOrder.map((i) => xContract[i]);
  const unsortedAxes = [...xBatch, ...xKept, ...xContractSortedByY];
  const out = bind1(dotGeneralP, [g, y], {
    ...p,
    dimension_numbers: [
      [ansY, yKept],
      [ansBatch, [...yBatch]],
    ],
  });
  const xBar = transposeLax(out, argsort(unsortedAxes));
  return xBar.aval.dtype === x.aval.dtype ? xBar : convertTo(xBar, x.aval);
}
