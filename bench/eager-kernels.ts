// The eager seed workload (bench/programs/eager_seed.py) on the engine directly, without Pyodide, with the
// time of each primitive: wall-clock and CPU (user + system, all threads: page faults and the garbage
// collector's threads included). For work on the CPU kernels; `npm run bench` gives the figures to report.
//
//   node bench/eager-kernels.ts [runs]
import "../engine/register.ts";
import { ShapedArray } from "../engine/core/aval.ts";
import type { Primitive } from "../engine/core/primitive.ts";
import { EvalTrace } from "../engine/core/trace.ts";
import { ArrayValue, type Value } from "../engine/core/values.ts";
import type { Params } from "../engine/ir/jaxpr.ts";
import * as jnp from "../engine/numpy/ufuncs.ts";
import { pyInt } from "../engine/numpy/where.ts";

const runs = Number(process.argv[2] ?? 9);
const timings = new Map<string, { wall: number[]; cpu: number[] }>();
let recording = false;

const process0 = EvalTrace.prototype.process;
EvalTrace.prototype.process = function <P extends Params>(
  prim: Primitive<P>,
  args: readonly Value[],
  params: P,
) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = process0.call(this, prim as unknown as Primitive, args, params as Params);
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  if (recording) {
    const key = `${prim.name} ${args.map((a) => `${a.aval.dtype}[${a.aval.shape.join(",")}]`).join(" ")}`;
    const t = timings.get(key) ?? { wall: [], cpu: [] };
    t.wall.push(wall);
    t.cpu.push((c.user + c.system) / 1000);
    timings.set(key, t);
  }
  return out;
};

const linspace = (n: number, stop: number, shape: number[]): ArrayValue =>
  ArrayValue.fromNumbers(
    new ShapedArray(shape, "float32", false),
    Array.from({ length: n }, (_, i) => (stop * i) / (n - 1)),
  );
const x = linspace(6000, 5, [1, 6000]);
const a = linspace(3000, 1, [3000, 1]);
// a * x**2 + b * x + c with b = c = 1, as jnp evaluates it; each temporary released when Python would
// drop it (and the previous result when the loop rebinds its name), so that memory recycles as it does
// under Python.
const release = (v: Value): void => void (v instanceof ArrayValue && v.release());
let previous: Value | undefined;
const myfunc = (): Value => {
  const x2 = jnp.power(x, pyInt(2));
  const ax2 = jnp.multiply(a, x2);
  release(x2);
  const bx = jnp.multiply(pyInt(1), x);
  const sum = jnp.add(ax2, bx);
  release(ax2);
  release(bx);
  const out = jnp.add(sum, pyInt(1));
  release(sum);
  if (previous) release(previous);
  previous = out;
  return out;
};

myfunc();
recording = true;
const totals: number[] = [];
const cpuTotals: number[] = [];
for (let i = 0; i < runs; i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  myfunc();
  totals.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpuTotals.push((c.user + c.system) / 1000);
}
const median = (xs: number[]): number => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];
for (const [key, t] of timings) {
  console.log(
    `${key.padEnd(52)} wall ${median(t.wall).toFixed(1).padStart(7)} ms   cpu ${median(t.cpu).toFixed(1).padStart(7)} ms`,
  );
}
console.log(
  `myfunc: median ${median(totals).toFixed(1)} ms wall, ${median(cpuTotals).toFixed(1)} ms cpu, over ${runs} runs`,
);
