// ESLint flat config: ESLint's and typescript-eslint's recommended rules everywhere, React's hook
// rules for the renderer, Node globals for scripts, browser globals for the renderer, and the
// dependency direction of DESIGN.md for the engine.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig([
  globalIgnores([
    "node_modules/",
    ".vite/",
    "dist/",
    "out/",
    "coverage/",
    "test-results/",
    ".venv-jax/",
    ".traceur-cache/",
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    linterOptions: { reportUnusedDisableDirectives: "warn" },
    languageOptions: { ecmaVersion: 2024, sourceType: "module" },
    rules: {
      // Unused names are errors, except those that say so with a leading underscore.
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
        },
      ],
      eqeqeq: ["error", "always", { null: "ignore" }],
      // `while (true)` with a break inside is a fine loop.
      "no-constant-condition": ["error", { checkLoops: "allExceptWhileTrue" }],
    },
  },

  // Node: the main process, scripts, the CLI, benchmarks, tests, config files.
  {
    files: ["electron/**", "scripts/**", "bin/**", "bench/**", "tests/**", "*.{js,mjs,cjs,ts,mts}"],
    languageOptions: { globals: { ...globals.es2024, ...globals.node } },
  },

  // The renderer runs in a browser, or in Electron's sandboxed renderer: no Node.
  {
    files: ["renderer/**/*.{ts,tsx,js,jsx}"],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: { ...globals.es2024, ...globals.browser } },
  },

  // The UI reaches the engine only through its worker's messages: outside renderer/worker/, engine
  // modules may be imported for their types alone (DESIGN.md).
  {
    files: ["renderer/**/*.{ts,tsx}"],
    ignores: ["renderer/worker/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/engine/**"],
              allowTypeImports: true,
              message: "The renderer talks to the engine through renderer/worker/protocol.ts only.",
            },
          ],
        },
      ],
    },
  },

  // The engine imports nothing from the renderer or the desktop shell (DESIGN.md).
  {
    files: ["engine/**"],
    languageOptions: { globals: { ...globals.es2024, ...globals["shared-node-browser"] } },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["electron", "react", "react-dom"],
          patterns: ["**/renderer/**", "**/electron/**"],
        },
      ],
    },
  },
]);
