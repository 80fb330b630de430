/// <reference types="vite/client" />

/** The app's version (package.json), defined by vite.renderer.config.ts. */
declare const __APP_VERSION__: string;
