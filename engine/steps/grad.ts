// The grad step record: the traced function linearized equation by equation (known equations staged into the
// output, linear ones into the linear jaxpr), then the linear jaxpr transposed from the seed cotangent `1.0`.
import { evalJaxpr } from "../core/eval.ts";
import { type StagingTrace, StagingTracer, traceToJaxpr } from "../core/staging.ts";
import { type Tangent, Zero } from "../core/tangents.ts";
import { currentTrace } from "../core/trace.ts";
import { ArrayValue, type Value } from "../core/values.ts";
import { type ClosedJaxpr, Literal } from "../ir/jaxpr.ts";
import { LinearizeSession } from "../transforms/ad/linearize.ts";
import { instantiate } from "../transforms/ad/rules.ts";
import { backwardPass, CotangentAccum } from "../transforms/ad/transpose.ts";
import { oneLike } from "../transforms/ad/vjp.ts";
import { eqnId, jaxprRecord, varId } from "./snapshot.ts";
import type { AtomRecord, GradRecord, JvpStep, TransposeStep } from "./types.ts";

/** A cotangent as a step shows it: a variable of the output jaxpr, a literal, or null for a symbolic zero. */
function cotangentRecord(t: Tangent | null): AtomRecord | null {
  if (t === null || t instanceof Zero) return null;
  if (t instanceof StagingTracer) return { var: varId(t.variable) };
  if (t instanceof ArrayValue && t.aval.ndim === 0)
    return { literal: new Literal(t.aval, t.scalar()).toString() };
  return { literal: t.aval.strShort() };
}

/** Record `grad` of `input` (a traced function with one scalar float output) with respect to all its inputs. */
export function recordGrad(input: ClosedJaxpr): GradRecord {
  const linearize: JvpStep[] = [];
  const transpose: TransposeStep[] = [];
  let linear: ClosedJaxpr | undefined;
  const j = input.jaxpr;
  const output = traceToJaxpr((...xs) => {
    const staging = currentTrace() as StagingTrace;
    const session = new LinearizeSession(xs);
    const tangents = session.tangentStaging;
    let known0 = 0;
    let linear0 = 0;
    let outs: Value[];
    try {
      outs = evalJaxpr(j, input.consts, session.inputs, {
        before: () => ([known0, linear0] = [staging.equationCount, tangents.equationCount]),
        after: (eqn) =>
          linearize.push({
            eqn: eqnId(eqn),
            primal: staging.equationsSince(known0).map(eqnId),
            tangent: tangents.equationsSince(linear0).map(eqnId),
          }),
      });
    } catch (e) {
      session.abort();
      throw e;
    }
    const lin = session.finish(outs);
    linear = lin.jaxpr;
    const accums = linear.jaxpr.invars.map((v) => new CotangentAccum(v.aval));
    let start = 0;
    const seed = lin.outZeros[0] ? [] : [oneLike(lin.primalsOut[0])];
    backwardPass(linear.jaxpr, linear.consts, accums, seed, {
      before: () => (start = staging.equationCount),
      after: (eqn, ctsIn, ctsOut) =>
        transpose.push({
          eqn: eqnId(eqn),
          cotangentsIn: ctsIn.map(cotangentRecord),
          cotangentsOut: ctsOut.map(cotangentRecord),
          emitted: staging.equationsSince(start).map(eqnId),
        }),
    });
    return accums.map((a, i) => instantiate(a.freeze() instanceof Zero ? new Zero(xs[i].aval) : a.freeze()));
  }, input.inAvals);
  const linearJaxpr = linear!;
  const linearIds = new Set(linearJaxpr.jaxpr.eqns.map(eqnId));
  return {
    transform: "grad",
    input: jaxprRecord(input),
    linearize: linearize.map((s) => ({ ...s, tangent: s.tangent.filter((id) => linearIds.has(id)) })),
    known: linearize.flatMap((s) => s.primal),
    unknown: linearJaxpr.jaxpr.eqns.map(eqnId),
    linear: jaxprRecord(linearJaxpr),
    transpose,
    output: jaxprRecord(output),
  };
}
