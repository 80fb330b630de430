// The jvp step record: the traced function evaluated equation by equation under a JVP trace, staged into the
// output jaxpr; each equation's rule emits primal equations (reading primals only) and tangent equations.
import { evalJaxpr } from "../core/eval.ts";
import { type StagingTrace, StagingTracer, traceToJaxpr } from "../core/staging.ts";
import { Zero } from "../core/tangents.ts";
import { currentTrace } from "../core/trace.ts";
import type { Value } from "../core/values.ts";
import { type ClosedJaxpr, Var } from "../ir/jaxpr.ts";
import { JvpSession } from "../transforms/ad/jvp.ts";
import { instantiate } from "../transforms/ad/rules.ts";
import { eqnId, jaxprRecord } from "./snapshot.ts";
import type { JvpRecord, JvpStep } from "./types.ts";

/** Record `jvp` of `input` (a traced function) with a tangent for every input; outputs: primals, then tangents. */
export function recordJvp(input: ClosedJaxpr): JvpRecord {
  const steps: JvpStep[] = [];
  const j = input.jaxpr;
  const avals = input.inAvals;
  const output = traceToJaxpr(
    (...xs) => {
      const staging = currentTrace() as StagingTrace;
      const primals = xs.slice(0, avals.length);
      const tangentArgs = xs.slice(avals.length);
      // Variables that depend on a tangent: what makes an emitted equation a tangent one.
      const tangentVars = new Set<Var>(tangentArgs.map((t) => (t as StagingTracer).variable));
      const session = new JvpSession(primals, tangentArgs);
      let start = 0;
      let outs: Value[];
      try {
        outs = evalJaxpr(j, input.consts, session.inputs, {
          before: () => (start = staging.equationCount),
          after: (eqn) => {
            const primal: string[] = [];
            const tangent: string[] = [];
            for (const e of staging.equationsSince(start)) {
              const isTangent = e.inputs.some((a) => a instanceof Var && tangentVars.has(a));
              if (isTangent) e.outputs.forEach((o) => tangentVars.add(o));
              (isTangent ? tangent : primal).push(eqnId(e));
            }
            steps.push({ eqn: eqnId(eqn), primal, tangent });
          },
        });
      } catch (e) {
        session.abort();
        throw e;
      }
      const { primalsOut, tangentsOut } = session.finish(outs);
      return [
        ...primalsOut,
        ...tangentsOut.map((t, i) => instantiate(t instanceof Zero ? new Zero(outs[i].aval) : t)),
      ];
    },
    [...avals, ...avals],
  );
  return { transform: "jvp", input: jaxprRecord(input), steps, output: jaxprRecord(output) };
}
