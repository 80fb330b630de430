/**
 * Monaco, from the monaco-editor package (no CDN): the editor core, the features a Python editor
 * needs, Python highlighting, its web worker bundled by Vite, and the app's two themes.
 */
import * as monaco from "monaco-editor/editor/editor.api.js";
import "monaco-editor/editor/browser/coreCommands.js";
import "monaco-editor/editor/browser/widget/codeEditor/codeEditorWidget.js";
import "monaco-editor/features/codicon/register.js";
import "monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching.js";
import "monaco-editor/editor/contrib/clipboard/browser/clipboard.js";
import "monaco-editor/editor/contrib/comment/browser/comment.js";
import "monaco-editor/editor/contrib/contextmenu/browser/contextmenu.js";
import "monaco-editor/editor/contrib/cursorUndo/browser/cursorUndo.js";
import "monaco-editor/editor/contrib/find/browser/findController.js";
import "monaco-editor/features/find/register.js";
import "monaco-editor/editor/contrib/folding/browser/folding.js";
import "monaco-editor/editor/contrib/gotoError/browser/gotoError.js";
import "monaco-editor/editor/contrib/hover/browser/hoverContribution.js";
import "monaco-editor/editor/contrib/indentation/browser/indentation.js";
import "monaco-editor/editor/contrib/linesOperations/browser/linesOperations.js";
import "monaco-editor/editor/contrib/multicursor/browser/multicursor.js";
import "monaco-editor/editor/contrib/parameterHints/browser/parameterHints.js";
import "monaco-editor/editor/contrib/snippet/browser/snippetController2.js";
import "monaco-editor/editor/contrib/suggest/browser/suggestController.js";
import "monaco-editor/editor/contrib/wordHighlighter/browser/wordHighlighter.js";
import "monaco-editor/editor/contrib/wordOperations/browser/wordOperations.js";
import "monaco-editor/languages/definitions/python/register.js";
import EditorWorker from "monaco-editor/editor/editor.worker.js?worker";

self.MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

export const LIGHT_THEME = "traceur-light";
export const DARK_THEME = "traceur-dark";

monaco.editor.defineTheme(LIGHT_THEME, {
  base: "vs",
  inherit: true,
  rules: [
    { token: "keyword", foreground: "9b2f8f" },
    { token: "string", foreground: "2f7a3b" },
    { token: "number", foreground: "b5462b" },
    { token: "comment", foreground: "8a8577", fontStyle: "italic" },
  ],
  colors: {
    "editor.background": "#fffdf8",
    "editor.lineHighlightBackground": "#f4efe4",
    "editorLineNumber.foreground": "#b3ad9f",
    "editorLineNumber.activeForeground": "#5f5a4e",
  },
});

monaco.editor.defineTheme(DARK_THEME, {
  base: "vs-dark",
  inherit: true,
  rules: [
    { token: "keyword", foreground: "d7a2ff" },
    { token: "string", foreground: "9fd39a" },
    { token: "number", foreground: "f3a07e" },
    { token: "comment", foreground: "7d7a86", fontStyle: "italic" },
  ],
  colors: {
    "editor.background": "#1c1c21",
    "editor.lineHighlightBackground": "#25252c",
    "editorLineNumber.foreground": "#5b5b66",
    "editorLineNumber.activeForeground": "#b0b0ba",
  },
});

export { monaco };
