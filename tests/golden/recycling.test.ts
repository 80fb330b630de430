// The transformation goldens again, with every kernel output's memory recycled as soon as Python drops
// it (core/buffer-pool.ts): a value the engine keeps without pinning it fails loudly here instead of
// silently reading recycled memory in a large program.
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { DEFAULT_POOL_MIN_BYTES, setPoolMinBytes } from "../../engine/core/buffer-pool.ts";
import { createNodeSession } from "../../engine/node/session.ts";
import type { PythonSession } from "../../engine/python/runner.ts";
import { describeGoldens, FOLDERS } from "./golden-scripts.ts";

const AREAS = ["grad", "jit", "vmap", "control-transforms", "random-transforms", "transforms", "seed"];

let session: PythonSession;
const output = { text: "" };
beforeAll(async () => {
  setPoolMinBytes(0);
  session = await createNodeSession({ stdout: (s) => (output.text += s), stderr: () => {} });
});
afterAll(() => setPoolMinBytes(DEFAULT_POOL_MIN_BYTES));

describeGoldens(
  FOLDERS.filter(([folder]) => AREAS.includes(path.basename(folder))),
  () => session,
  output,
);
