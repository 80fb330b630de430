import { beforeAll, describe, expect, it } from "vitest";
import type { GradRecord } from "../../../engine/steps/types.ts";
import { JAX, type RecordSession, recordSession } from "./records.ts";

let session: RecordSession;
beforeAll(async () => {
  session = await recordSession();
});

const gradRecord = (setup: string, call: string): GradRecord => session.record<GradRecord>(setup, call);

/** What every grad record must say of itself. */
function checkConsistent(r: GradRecord): void {
  // One linearization step per input equation, in order.
  expect(r.linearize.map((s) => s.eqn)).toEqual(r.input.eqns.map((e) => e.id));
  // Known equations are the output's forward part, in order; unknown ones are the linear jaxpr's.
  const outputIds = r.output.eqns.map((e) => e.id);
  expect(outputIds.slice(0, r.known.length)).toEqual(r.known);
  expect(r.linearize.flatMap((s) => s.tangent)).toEqual(r.unknown);
  expect(r.linear.eqns.map((e) => e.id)).toEqual(r.unknown);
  // The transposition visits the linear equations in reverse order; what it emits ends the output.
  expect(r.transpose.map((s) => s.eqn)).toEqual([...r.unknown].reverse());
  const emitted = r.transpose.flatMap((s) => s.emitted);
  expect(outputIds.slice(outputIds.length - emitted.length)).toEqual(emitted);
  for (const s of r.transpose) {
    const eqn = r.linear.eqns.find((e) => e.id === s.eqn)!;
    expect(s.cotangentsIn).toHaveLength(eqn.outputs.length);
    expect(s.cotangentsOut).toHaveLength(eqn.inputs.length);
  }
}

describe("grad step records", () => {
  it("tell how grad of sin(x) * x**2 is built", () => {
    const r = gradRecord("", "grad_record(lambda x: jnp.sin(x) * x**2, 1.0)");
    expect(r.input.text).toBe(JAX.sin_x2);
    expect(r.output.text).toBe(JAX.grad_sin_x2);
    checkConsistent(r);
    // The seed cotangent 1.0 flows into the last linear equation first.
    expect(r.transpose[0].cotangentsIn).toEqual([{ literal: "1.0:f32[]" }]);
    const kinds = r.linearize.map((s) => r.input.eqns.find((e) => e.id === s.eqn)!.primitive);
    expect(kinds).toEqual(["sin", "integer_pow", "mul"]);
    // sin's linearization computes sin and cos forward, and one linear multiplication by cos.
    const sinStep = r.linearize[0];
    expect(sinStep.primal.map((id) => r.output.eqns.find((e) => e.id === id)!.primitive)).toEqual([
      "sin",
      "cos",
    ]);
    expect(sinStep.tangent.map((id) => r.linear.eqns.find((e) => e.id === id)!.primitive)).toEqual(["mul"]);
  });

  it("tell how grad of a two-layer MLP's loss is built", () => {
    const setup = [
      "x_mlp = jnp.linspace(-1.0, 1.0, 12).reshape(4, 3)",
      "y_mlp = jnp.arange(4.0).reshape(4, 1)",
      "def mlp_loss(w1, b1, w2, b2):",
      "    h = jnp.tanh(x_mlp @ w1 + b1)",
      "    return jnp.mean((h @ w2 + b2 - y_mlp) ** 2)",
      "mlp_params = (jnp.ones((3, 5)) * 0.1, jnp.zeros(5), jnp.ones((5, 1)) * 0.2, jnp.zeros(1))",
    ].join("\n");
    const r = gradRecord(setup, "grad_record(mlp_loss, *mlp_params)");
    expect(r.input.text).toBe(JAX.mlp_loss);
    expect(r.output.text).toBe(JAX.grad_mlp_loss);
    checkConsistent(r);
    // tanh's linearization is forward only on the primal side, and a multiplication by 1 - tanh² on the other.
    const tanhStep = r.linearize.find((s) => r.input.eqns.find((e) => e.id === s.eqn)!.primitive === "tanh")!;
    expect(tanhStep.primal.map((id) => r.output.eqns.find((e) => e.id === id)!.primitive)).toEqual([
      "tanh",
      "sub",
    ]);
    // Both dot_generals of the forward pass are transposed into two dot_generals each (one per operand).
    const dots = r.transpose.filter(
      (s) => r.linear.eqns.find((e) => e.id === s.eqn)!.primitive === "dot_general",
    );
    expect(dots.length).toBeGreaterThanOrEqual(2);
    for (const d of dots) expect(d.emitted.length).toBeGreaterThan(0);
  });
});
