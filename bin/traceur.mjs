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
await import("../engine/node/cli.ts");
