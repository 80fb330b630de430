// Constants that Electron Forge's Vite plugin defines when it builds the main process:
// the dev server's URL under `electron-forge start` (undefined in a packaged app), and the
// renderer's name (its build lies in `.vite/renderer/<name>`).
declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
declare const MAIN_WINDOW_VITE_NAME: string;
