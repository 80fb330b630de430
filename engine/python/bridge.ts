// The JavaScript module that the Python `jax` package imports as `_traceur`: plain functions over
// engine values. Python holds engine values as opaque handles; all real work happens here.
import { ShapedArray } from "../core/aval.ts";
import { type DType, canonicalize, isDType, isExtended, isFloating } from "../core/dtypes.ts";
import { EngineError, notSupported, valueError } from "../core/errors.ts";
import { pooledByteCount } from "../core/buffer-pool.ts";
import { pinningApi } from "../core/pinning.ts";
import { StagingTrace, StagingTracer, type TracingOrigin } from "../core/staging.ts";
import { popTrace, pushTrace, traceDepth, resetTraceStack } from "../core/trace.ts";
import { ArrayValue, type Value, Tracer } from "../core/values.ts";
import { apiFunctions } from "../api/registry.ts";
import type { ClosedJaxpr } from "../ir/jaxpr.ts";
import { printJaxpr } from "../ir/print-jaxpr.ts";
import { bindJit, jitStats } from "../transforms/jit.ts";
import { jitRecord } from "../steps/jit.ts";
import { recordVmap } from "../steps/vmap.ts";
import { recordGrad } from "../steps/grad.ts";
import { recordJvp } from "../steps/jvp.ts";
import { isRecordingSteps, pushStepRecord, setStepRecording, takeStepRecords } from "../steps/recorder.ts";
import { vmapAbort, vmapBegin, vmapEnd } from "../transforms/vmap.ts";
import { jaxArrayRepr, jaxArrayStr } from "../format/array-repr.ts";
import { concreteOrError, type ConversionContext } from "./concrete.ts";
import { markBuiltFromList } from "../numpy/array-args.ts";
import { type PythonLocator, sourceLocator } from "./source-lines.ts";
import { setSourceLocator } from "../core/source-location.ts";
import { reportPrintedJaxpr } from "./printed-jaxprs.ts";
import { createAdBridge } from "./ad-bridge.ts";
import { controlFlowBridge } from "./control-flow-bridge.ts";
import { beginCall, endCall, isCallTimingEnabled } from "../observe/call-timings.ts";
import { keyConversionError } from "../random/keys.ts";

const SCALAR_KINDS = ["bool", "int", "float"] as const;

function recordJitCall(hit: boolean): void {
  if (hit) jitStats.cacheHits++;
  else jitStats.traces++;
}

function pythonScalar(kind: number, value: number | boolean | bigint): ArrayValue {
  const k = SCALAR_KINDS[kind];
  if (k === "int") {
    const n = typeof value === "bigint" ? Number(value) : Number(value);
    if (n > 2 ** 31 - 1 || n < -(2 ** 31)) {
      throw new EngineError("OverflowError", `Python int ${String(value)} too large to convert to int32`);
    }
    return ArrayValue.pythonScalar("int", n);
  }
  return ArrayValue.pythonScalar(k, Number(value));
}

/** Build an array from flat Python data (nested lists flattened by the Python side). */
function fromFlat(
  flat: ArrayLike<number | boolean>,
  shape: number[],
  kind: number,
  dtype: string | null,
): ArrayValue {
  const k = SCALAR_KINDS[kind];
  const weakDefault: DType = k === "bool" ? "bool" : k === "int" ? "int32" : "float32";
  const d = dtype == null ? weakDefault : resolveDType(dtype);
  const aval = new ShapedArray(shape, d, false);
  return markBuiltFromList(ArrayValue.fromNumbers(aval, Array.from(flat, Number)));
}

export function resolveDType(name: string): DType {
  const aliases: Record<string, DType> = {
    float: "float32",
    int: "int32",
    bool: "bool",
    complex: "complex64",
    bool_: "bool",
  };
  const d = aliases[name] ?? name;
  if (!isDType(d)) throw new EngineError("TypeError", `data type '${name}' not understood`);
  if (isExtended(d)) throw new EngineError("TypeError", `Cannot interpret '${name}' as a data type`);
  return canonicalize(d);
}

function info(v: Value): [number[], string, boolean, boolean] {
  return [[...v.aval.shape], v.aval.dtype, v.aval.weakType, v instanceof Tracer];
}

let traceHandles = 0;
const openTraces = new Map<number, { trace: StagingTrace; depth: number }>();

function traceBegin(avalSpecs: [number[], string, boolean][], origin: TracingOrigin): [number, Value[]] {
  const depth = traceDepth();
  const trace = pushTrace((level) => new StagingTrace(level, origin)) as StagingTrace;
  const id = ++traceHandles;
  openTraces.set(id, { trace, depth });
  const args = avalSpecs.map(([shape, dtype, weak]) =>
    trace.newArg(new ShapedArray(shape, dtype as DType, weak)),
  );
  return [id, args];
}

function traceEnd(id: number, outs: Value[]): ClosedJaxpr {
  const open = openTraces.get(id);
  if (!open) throw new Error("unknown trace");
  openTraces.delete(id);
  popTrace(open.trace);
  return open.trace.finish(outs);
}

/** After user code raised inside a trace: drop it and everything above it. */
function traceAbort(id: number): void {
  const open = openTraces.get(id);
  if (!open) return;
  openTraces.delete(id);
  resetTraceStack(open.depth);
}

function toPyData(v: Value, ctx: ConversionContext): unknown {
  const c = concreteOrError(v, ctx);
  const shape = c.aval.shape;
  const isBool = c.dtype === "bool";
  const flat = Array.from(c.data as ArrayLike<number>, (x) => (isBool ? x !== 0 : x));
  if (shape.length === 0) return flat[0];
  const build = (dim: number, offset: number): unknown[] => {
    const n = shape[dim];
    const step = shape.slice(dim + 1).reduce((a, b) => a * b, 1);
    return Array.from({ length: n }, (_, i) =>
      dim === shape.length - 1 ? flat[offset + i] : build(dim + 1, offset + i * step),
    );
  };
  return build(0, 0);
}

/** Bridge functions that only read the values they are given (see core/pinning.ts). */
const READERS = new Set([
  "pyScalar",
  "fromFlat",
  "resolveDType",
  "info",
  "isFloating",
  "apiSpecs",
  "repr",
  "str",
  "toPy",
  "printJaxpr",
  "jitSignature",
  "jitStats",
  "isStagingTracer",
  "release",
  "pooledBytes",
  "callLogEnabled",
  "callBegin",
  "callEnd",
]);

export function createBridge() {
  return pinningApi(bridgeFunctions(), READERS);
}

function bridgeFunctions() {
  return {
    /** Python dropped its last handle to this value: its memory may be recycled. */
    release: (v: unknown): boolean => {
      return v instanceof ArrayValue || v instanceof Tracer ? v.release() : false;
    },
    /**
     * What a Python callback returns to the engine, passed through here first so that its values are
     * pinned while Python still holds them (the callback's arrays die as it returns).
     */
    keep: <T>(x: T): T => x,
    /** Bytes of memory waiting in the buffer pool (tests, benchmarks). */
    pooledBytes: pooledByteCount,
    pyScalar: pythonScalar,
    fromFlat,
    resolveDType,
    info,
    isFloating: (d: string) => isFloating(d as DType),
    /** [module, name, signature, kinds as JSON, impl] for every exported Python function. */
    apiSpecs: () =>
      apiFunctions().map((f) => [f.module, f.name, f.signature, JSON.stringify(f.kinds), f.impl]),
    repr: (v: Value): string => (v instanceof ArrayValue ? jaxArrayRepr(v) : v.pyRepr()),
    str: (v: Value): string => (v instanceof ArrayValue ? jaxArrayStr(v) : v.pyRepr()),
    /** Python data (nested lists of numbers/bools, or a scalar) for tolist(), item(), float(), int(), bool(). */
    toPy: (v: Value, fn: string): unknown => {
      if (isExtended(v.aval.dtype)) throw keyConversionError(fn);
      return toPyData(v, { fn });
    },
    traceBegin,
    traceEnd,
    traceAbort,
    printJaxpr: (j: ClosedJaxpr): string => {
      const text = printJaxpr(j);
      reportPrintedJaxpr(j, text);
      return text;
    },
    /**
     * Bind `jit`; a Python jit wrapper passes whether its cache had the jaxpr (the app shows traces and hits).
     * Without `donated`, no argument is donated.
     */
    bindJit: (
      name: string,
      j: ClosedJaxpr,
      args: Value[],
      donated?: boolean[] | null,
      cacheHit?: boolean,
    ): Value[] => {
      const values = Array.from(args);
      if (cacheHit !== undefined) {
        recordJitCall(cacheHit);
        if (isRecordingSteps()) pushStepRecord(jitRecord(name, j, values, cacheHit));
      }
      return bindJit(name, j, values, donated ? Array.from(donated) : undefined);
    },
    /** Python's jit wrapper: the arguments come as trailing arguments (no list to convert on each call). */
    jitCall: (
      name: string,
      j: ClosedJaxpr,
      donated: boolean[] | null | undefined,
      cacheHit: boolean,
      ...args: Value[]
    ): Value[] => {
      recordJitCall(cacheHit);
      if (isRecordingSteps()) pushStepRecord(jitRecord(name, j, args, cacheHit));
      return bindJit(name, j, args, donated ? Array.from(donated) : undefined);
    },
    /** The avals of jit arguments as one cache-key string. */
    jitSignature: (...args: Value[]): string => args.map((a) => a.aval.key()).join(" "),
    /** Python's jit wrapper reports each trace and cache hit here, so the app can show them. */
    recordJit: recordJitCall,
    jitStats: () => ({ ...jitStats }),
    /** The call log of transformed functions (engine/observe/call-timings.ts; Python: jax/_call_log.py). */
    callLogEnabled: isCallTimingEnabled,
    callBegin: beginCall,
    callEnd: endCall,
    /** Step records for the app: turn recording on or off, and take what was recorded (as JSON text). */
    setStepRecording: (on: boolean) => setStepRecording(on),
    takeStepRecords: (): string => JSON.stringify(takeStepRecords()),
    /** The vmap step record of a traced function (Python's None arrives as undefined). */
    /** The grad step record of a traced function (scalar output, every input differentiated). */
    recordGrad: (j: ClosedJaxpr): string => JSON.stringify(recordGrad(j)),
    /** The jvp step record of a traced function (a tangent for every input). */
    recordJvp: (j: ClosedJaxpr): string => JSON.stringify(recordJvp(j)),
    recordVmap: (j: ClosedJaxpr, inDims: (number | null | undefined)[], axisSize: number): string =>
      JSON.stringify(
        recordVmap(
          j,
          Array.from(inDims, (d) => d ?? null),
          axisSize,
        ),
      ),
    /** vmap: Python calls the function between these two, on the tracers vmapBegin returns. */
    vmapBegin: (
      args: Value[],
      dims: number[],
      axisSize: number,
      axisName: string | null,
    ): [number, Value[]] => vmapBegin(Array.from(args), Array.from(dims), axisSize, axisName ?? null),
    // Python's None arrives as undefined.
    vmapEnd: (id: number, outs: Value[], outAxes: (number | null | undefined)[], paths: string[]): Value[] =>
      vmapEnd(
        id,
        Array.from(outs),
        Array.from(outAxes, (a) => a ?? null),
        Array.from(paths),
      ),
    vmapAbort,
    /** Python's `_source_info.track`: a locator of the user's innermost frame, or None to stop tracking. */
    trackSourceLines: (locate: PythonLocator | null | undefined) =>
      setSourceLocator(locate ? sourceLocator(locate) : undefined),
    isStagingTracer: (v: Value) => v instanceof StagingTracer,
    notSupported: (what: string) => {
      throw notSupported(what);
    },
    valueError: (msg: string) => {
      throw valueError(msg);
    },
    ...createAdBridge(),
    /** lax.cond, switch, while_loop, scan: binding their primitives once Python has traced the bodies. */
    control: controlFlowBridge(),
  };
}

export type Bridge = ReturnType<typeof bridgeFunctions>;
