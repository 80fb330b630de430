// `npm run bench`: Traceur beside real JAX 0.10.2, measured in the same run; medians of repeated runs.
// Needs .venv-jax (python3 -m venv .venv-jax && .venv-jax/bin/pip install jax==0.10.2).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const PY = path.join(ROOT, ".venv-jax/bin/python");
const TRACEUR = [process.execPath, path.join(ROOT, "bin/traceur.mjs"), "run"];
const prog = (name) => path.join(import.meta.dirname, "programs", name);

if (!fs.existsSync(PY)) {
  console.error("bench: real JAX is needed beside Traceur: python3 -m venv .venv-jax && .venv-jax/bin/pip install jax==0.10.2");
  process.exit(1);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function wallMs(cmd, args, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { encoding: "utf8", cwd: ROOT });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stderr}`);
    times.push(performance.now() - t0);
  }
  return median(times);
}

/**
 * The program prints its own median in milliseconds (engine or JAX warm); the median of that over
 * `runs` processes, Traceur's and JAX's taken in turns by the caller's order.
 */
function selfTimedMs(cmd, args, runs = 3) {
  const medians = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(cmd, args, { encoding: "utf8", cwd: ROOT, maxBuffer: 1 << 24 });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stderr}`);
    medians.push(Number(r.stdout.trim().split("\n").pop()));
  }
  return median(medians);
}

const rows = [];
function row(name, traceurMs, jaxMs, target) {
  rows.push({ name, traceurMs, jaxMs, ratio: traceurMs / jaxMs, target });
  console.log(`${name.padEnd(44)} traceur ${traceurMs.toFixed(1).padStart(9)} ms   jax ${jaxMs.toFixed(1).padStart(9)} ms   ratio ${(traceurMs / jaxMs).toFixed(2)}   (${target})`);
}

row("cold run of a small script", wallMs(TRACEUR[0], [...TRACEUR.slice(1), prog("small.py")], 5), wallMs(PY, [prog("small.py")], 5), "≤ 3000 ms");
row("make_jaxpr, fresh 1,000-equation function", selfTimedMs(TRACEUR[0], [...TRACEUR.slice(1), prog("make_jaxpr_1000.py")]), selfTimedMs(PY, [prog("make_jaxpr_1000.py")]), "ratio ≤ 1");
row("make_jaxpr of vmap, fresh 1,000-equation f", selfTimedMs(TRACEUR[0], [...TRACEUR.slice(1), prog("make_jaxpr_vmap_1000.py")]), selfTimedMs(PY, [prog("make_jaxpr_vmap_1000.py")]), "ratio ≤ 1");
row("make_jaxpr of grad, 3-layer MLP (fresh)", selfTimedMs(TRACEUR[0], [...TRACEUR.slice(1), prog("make_jaxpr_grad_mlp.py")]), selfTimedMs(PY, [prog("make_jaxpr_grad_mlp.py")]), "ratio ≤ 2");
row("cached jit call on scalars, ×1000 (ms = µs/call)", selfTimedMs(TRACEUR[0], [...TRACEUR.slice(1), prog("jit_call_scalars.py")]), selfTimedMs(PY, [prog("jit_call_scalars.py")]), "≤ 50 µs per call");
row("eager seed myfunc, 3000×6000 f32", selfTimedMs(TRACEUR[0], [...TRACEUR.slice(1), prog("eager_seed.py")]), selfTimedMs(PY, [prog("eager_seed.py")]), "ratio ≤ 1");

const machine = `${os.cpus()[0]?.model ?? "unknown CPU"} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
fs.writeFileSync(path.join(import.meta.dirname, "results.json"), JSON.stringify({ date: new Date().toISOString(), machine, rows }, null, 2) + "\n");
console.log(`\n${machine}\nwritten to bench/results.json`);
