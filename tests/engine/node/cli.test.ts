// The `traceur` command as a user meets it: exit codes, tracebacks, bad input, Ctrl+C.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, onTestFinished, test } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const BIN = path.join(ROOT, "bin/traceur.mjs");

function script(source: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "traceur-cli-"));
  const file = path.join(dir, "prog.py");
  fs.writeFileSync(file, source);
  return file;
}

function run(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 60_000 });
}

describe("traceur CLI", () => {
  test("--help explains the command and exits 0", () => {
    const r = run("--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("traceur run FILE.py");
  });

  test("an unknown command is refused with status 2", () => {
    const r = run("frobnicate");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown command");
  });

  test("a missing file is reported as python3 reports it", () => {
    const r = run("run", "/nonexistent/prog.py");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("can't open file '/nonexistent/prog.py'");
  });

  test("a syntax error names its line and exits 1", () => {
    const file = script("x = 1\ny = (2 +\nprint(x)\n");
    const r = run("run", file);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(new RegExp(`File "${file}", line 2`));
    expect(r.stderr).toMatch(/SyntaxError: '\(' was never closed/);
  });

  test("an uncaught NameError keeps earlier output and shows only the user's frames", () => {
    const file = script("print('avant')\n\ndef f():\n    return undefined_name\n\nf()\n");
    const r = run("run", file);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("avant\n");
    expect(r.stderr).toContain("Traceback (most recent call last):");
    expect(r.stderr).toContain(`File "${file}", line 6, in <module>`);
    expect(r.stderr).toContain(`File "${file}", line 4, in f`);
    expect(r.stderr).toContain("NameError: name 'undefined_name' is not defined");
    expect(r.stderr).not.toContain("/traceur/lib");
  });

  test("a function Traceur does not support yet says so and names it", () => {
    const file = script("import jax\njax.checkpoint(lambda x: x)(1.0)\n");
    const r = run("run", file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("NotImplementedError: Traceur does not support jax.checkpoint yet.");
  });

  test("a JAX error inside a traced function reaches the user with JAX's type", () => {
    const file = script(
      "import jax\n\ndef f(x):\n    if x > 0:\n        return x\n    return -x\n\njax.make_jaxpr(f)(1.0)\n",
    );
    const r = run("run", file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      "jax.errors.TracerBoolConversionError: Attempted boolean conversion of traced array with shape bool[].",
    );
    expect(r.stderr).toContain(`File "${file}", line 4, in f`);
  });

  test("an allocation too large for memory fails cleanly before allocating", () => {
    const file = script(
      "import jax.numpy as jnp\ntry:\n    jnp.zeros((100000, 100000))\nexcept MemoryError as e:\n    print('MemoryError')\nprint('still alive')\n",
    );
    const r = run("run", file);
    expect(r.stdout).toBe("MemoryError\nstill alive\n");
    expect(r.status).toBe(0);
  });

  test("sys.exit's status becomes the process status", () => {
    const file = script("import sys\nprint('bye')\nsys.exit(3)\n");
    const r = run("run", file);
    expect(r.stdout).toBe("bye\n");
    expect(r.status).toBe(3);
  });

  test("Ctrl+C stops a script that never ends with Python's KeyboardInterrupt", async () => {
    const file = script("import sys\nprint('started', flush=True)\nwhile True:\n    pass\n");
    const child = spawn(process.execPath, [BIN, "run", file], { stdio: ["ignore", "pipe", "pipe"] });
    // A test that failed or timed out must not leave its endless script running.
    onTestFinished(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    await new Promise<void>((resolve) =>
      child.stdout.on("data", (d: Buffer) => d.toString().includes("started") && resolve()),
    );
    await new Promise((resolve) => setTimeout(resolve, 300)); // let the loop start
    const sentAt = Date.now();
    child.kill("SIGINT");
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    expect(Date.now() - sentAt).toBeLessThan(1000);
    expect(code).toBe(130);
    expect(stderr).toContain(`File "${file}", line 4, in <module>`);
    expect(stderr).toContain("KeyboardInterrupt");
  });
});
