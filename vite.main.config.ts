// The main process bundle (electron/main.ts), built by Electron Forge's Vite plugin, which supplies
// the entry, the CommonJS output (.vite/build/main.cjs) and the externals (electron, Node built-ins).
import { defineConfig } from "vite";

export default defineConfig({});
