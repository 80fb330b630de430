// Step records: how a transformation built its result, as plain JSON the app animates one step at a time.
// The format is documented in docs/step-records.md. Every equation and variable carries an id that stays the
// same from one step to the next (and between the input and the output jaxprs where they are the same thing).

/** A variable: its stable id, its name as the printed jaxpr names it, and its short type (`f32[3]`). */
export interface VarRecord {
  readonly id: string;
  readonly name: string;
  readonly type: string;
}

/** An operand: a variable (by id) or a literal as printed (`2.0:f32[]`). */
export type AtomRecord = { readonly var: string } | { readonly literal: string };

/** An equation: stable id, primitive, printed params (nested jaxprs left out), operands and results. */
export interface EqnRecord {
  readonly id: string;
  readonly primitive: string;
  readonly params: readonly string[];
  readonly inputs: readonly AtomRecord[];
  readonly outputs: readonly string[];
  /** The line of the learner's source that created it, when known. */
  readonly line?: number;
}

/** A jaxpr as a step shows it: its printed text, and its parts by id. */
export interface JaxprRecord {
  readonly text: string;
  readonly constvars: readonly string[];
  readonly invars: readonly string[];
  readonly outvars: readonly AtomRecord[];
  readonly eqns: readonly EqnRecord[];
  readonly vars: Readonly<Record<string, VarRecord>>;
}

/** Where a value is batched under vmap: an axis, or null when it is the same for every element. */
export type BatchDimRecord = number | null;

/** vmap: one step per equation of the input jaxpr. */
export interface VmapStep {
  /** The input equation (an id of `VmapRecord.input`). */
  readonly eqn: string;
  /** "batch" when a batching rule ran; "unbatched" when no operand was batched and the equation was copied. */
  readonly rule: "batch" | "unbatched";
  readonly operandDims: readonly BatchDimRecord[];
  readonly resultDims: readonly BatchDimRecord[];
  /** The equations it emitted (ids of `VmapRecord.output`). */
  readonly emitted: readonly string[];
}

export interface VmapRecord {
  readonly transform: "vmap";
  readonly axisSize: number;
  readonly inDims: readonly BatchDimRecord[];
  readonly outDims: readonly BatchDimRecord[];
  readonly input: JaxprRecord;
  readonly steps: readonly VmapStep[];
  readonly output: JaxprRecord;
}

/** One input equation linearized: the known (primal) and linear (tangent) equations it emitted. */
export interface JvpStep {
  readonly eqn: string;
  readonly primal: readonly string[];
  readonly tangent: readonly string[];
}

/** jvp: one step per input equation, with the primal and tangent equations it emitted. */
export interface JvpRecord {
  readonly transform: "jvp";
  readonly input: JaxprRecord;
  readonly steps: readonly JvpStep[];
  /** Inputs: the primals, then their tangents; outputs: the primal results, then their tangents. */
  readonly output: JaxprRecord;
}

/** One equation of the linear jaxpr transposed: the cotangents that flow in and out, and what it emitted. */
export interface TransposeStep {
  readonly eqn: string;
  /** Cotangent of each result (null: a symbolic zero). */
  readonly cotangentsIn: readonly (AtomRecord | null)[];
  /** Cotangent of each linear operand (null: none, or a symbolic zero). */
  readonly cotangentsOut: readonly (AtomRecord | null)[];
  readonly emitted: readonly string[];
}

/**
 * grad: the linearization (one step per input equation: the known, forward equations it emitted into the
 * output jaxpr, and the unknown, linear ones it emitted into `linear`), then the transposition of `linear`,
 * equation by equation in reverse order.
 */
export interface GradRecord {
  readonly transform: "grad";
  readonly input: JaxprRecord;
  /** Per input equation: `primal` are known equations (ids in `output`), `tangent` linear ones (in `linear`). */
  readonly linearize: readonly JvpStep[];
  readonly known: readonly string[];
  readonly unknown: readonly string[];
  /** The linear jaxpr: its constvars are the residuals (known values it reads), its invars the input tangents. */
  readonly linear: JaxprRecord;
  readonly transpose: readonly TransposeStep[];
  readonly output: JaxprRecord;
}

/** jit: tracing (or a cache hit), and the staged jaxpr. */
export interface JitRecord {
  readonly transform: "jit";
  readonly name: string;
  /** The argument types that key the cache: `f32[3] f32[]~`. */
  readonly signature: string;
  readonly cacheHit: boolean;
  readonly staged: JaxprRecord;
  /** Totals so far in this session. */
  readonly traces: number;
  readonly cacheHits: number;
}

export type StepRecord = VmapRecord | JvpRecord | GradRecord | JitRecord;
