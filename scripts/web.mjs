#!/usr/bin/env node
// Web mode: builds the renderer into dist/web, then serves it on http://localhost:$PORT (default 5173)
// with the app's headers (see web-server.mjs).
//
//   npm run web                 build, then serve
//   PORT=8080 npm run web       another port
//   npm run web -- --no-build   serve the last build as it is
import { buildWebApp, startWebServer } from "./web-server.mjs";

const port = Number.parseInt(process.env.PORT ?? "5173", 10);
const host = "localhost";

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT invalide : ${process.env.PORT}`);
  process.exit(1);
}

if (!process.argv.includes("--no-build")) await buildWebApp();

try {
  const { server, port: actualPort } = await startWebServer({ port, host });
  console.log(`Traceur (web) : http://localhost:${actualPort}/`);
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      server.close();
      process.exit(0);
    });
  }
} catch (error) {
  console.error(
    `Traceur (web) n'a pas pu écouter sur ${host}:${port} :`,
    error instanceof Error ? error.message : error,
  );
  process.exit(1);
}
