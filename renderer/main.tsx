// The page's entry. The engine's worker starts first, since Pyodide takes longest to load; the UI
// (React, Monaco: most of the app's code) loads meanwhile.
import { startEngineEarly } from "./worker/engine-client.ts";

startEngineEarly();
await import("./start-app.tsx");
