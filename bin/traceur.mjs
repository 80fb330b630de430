#!/usr/bin/env node
// The `traceur` command. The engine is TypeScript, run directly by Node >= 22.18 (type stripping).
const [major] = process.versions.node.split(".").map(Number);
if (major < 23) {
  process.stderr.write(
    `traceur needs Node 23 or newer (this is ${process.version}); run it through npx or npm scripts, ` +
      "which use the Node that the project installs.\n",
  );
  process.exit(1);
}
// Keep V8's compiled code (and the stripped TypeScript) between runs: a cold start then skips most compiling.
// The script runs in a worker thread, which reads the cache's folder from the environment.
const { enableCompileCache } = await import("node:module");
const { tmpdir } = await import("node:os");
process.env.NODE_COMPILE_CACHE ??= `${tmpdir()}/traceur-compile-cache`;
enableCompileCache?.(process.env.NODE_COMPILE_CACHE);
await import("../engine/node/cli.ts");
