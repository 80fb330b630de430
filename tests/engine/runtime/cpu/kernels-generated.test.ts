// engine/runtime/cpu/kernels.generated.ts is the output of scripts/gen-cpu-kernels.ts, as committed.
import fs from "node:fs";
import { expect, test } from "vitest";
import { generateKernels, KERNELS_PATH } from "../../../../scripts/gen-cpu-kernels.ts";

test("the generated kernels are up to date (node scripts/gen-cpu-kernels.ts)", async () => {
  expect(fs.readFileSync(KERNELS_PATH, "utf8") === (await generateKernels())).toBe(true);
});
