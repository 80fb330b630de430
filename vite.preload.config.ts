// The preload bundle (electron/preload.ts → .vite/build/preload.cjs), built by Electron Forge's Vite
// plugin. A sandboxed preload must be one CommonJS file that requires nothing but `electron`.
import { defineConfig } from "vite";

export default defineConfig({});
