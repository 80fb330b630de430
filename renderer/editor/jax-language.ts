/**
 * Completions and hover documentation for the jax API in the editor: after `jnp.`, the functions of
 * jax.numpy with their signatures; over `jnp.sin`, its signature and one line of description (French
 * where the app has one, else the docstring's first line).
 */
import i18next from "i18next";

import type { ApiEntry } from "../worker/protocol.ts";
import { ApiIndex, dottedNameAt, moduleAliases, resolveModule } from "./jax-api.ts";
import { FRENCH_DOCS } from "./jax-docs-fr.ts";
import { monaco } from "./monaco.ts";

let index = new ApiIndex([]);
let registered = false;

function describe(entry: ApiEntry): string {
  const french = FRENCH_DOCS[`${entry.module}.${entry.name}`];
  return i18next.language === "fr" && french !== undefined ? french : entry.doc || (french ?? "");
}

/** Makes the editor offer these functions (the worker's catalog of the jax modules). */
export function setJaxApi(entries: readonly ApiEntry[]): void {
  index = new ApiIndex(entries);
  if (registered) return;
  registered = true;

  monaco.languages.registerCompletionItemProvider("python", {
    triggerCharacters: ["."],
    provideCompletionItems(model, position) {
      const before = model.getLineContent(position.lineNumber).slice(0, position.column - 1);
      const match = /([A-Za-z_][\w.]*)\.(\w*)$/.exec(before);
      if (!match) return { suggestions: [] };
      const module = resolveModule(match[1], moduleAliases(model.getValue()));
      if (module === null) return { suggestions: [] };
      const range = new monaco.Range(
        position.lineNumber,
        position.column - match[2].length,
        position.lineNumber,
        position.column,
      );
      return {
        suggestions: index.functionsOf(module).map((entry) => ({
          label: entry.name,
          kind: monaco.languages.CompletionItemKind.Function,
          detail: `${entry.name}${entry.signature}`,
          documentation: describe(entry),
          insertText: entry.name,
          range,
        })),
      };
    },
  });

  monaco.languages.registerHoverProvider("python", {
    provideHover(model, position) {
      const dotted = dottedNameAt(model.getLineContent(position.lineNumber), position.column - 1);
      if (!dotted) return null;
      const module = resolveModule(dotted.qualifier, moduleAliases(model.getValue()));
      const entry = module === null ? undefined : index.find(module, dotted.name);
      if (!entry) return null;
      const description = describe(entry);
      return {
        contents: [
          { value: `\`\`\`python\n${entry.module}.${entry.name}${entry.signature}\n\`\`\`` },
          ...(description ? [{ value: description }] : []),
        ],
      };
    },
  });
}
