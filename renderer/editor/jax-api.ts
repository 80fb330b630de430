/**
 * What the editor knows about the jax API: which module a name in the learner's code stands for
 * (`jnp` after `import jax.numpy as jnp`), and the functions of each module.
 */
import type { ApiEntry } from "../worker/protocol.ts";

const IMPORT_AS = /^\s*import\s+([\w.]+)(?:\s+as\s+(\w+))?\s*$/;
const FROM_IMPORT = /^\s*from\s+([\w.]+)\s+import\s+(.+)$/;

/** The names the learner's imports bind to modules: `{ jnp: "jax.numpy", jax: "jax" }`. */
export function moduleAliases(source: string): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const line of source.split("\n")) {
    const plain = IMPORT_AS.exec(line);
    if (plain) {
      const [, module, alias] = plain;
      if (alias !== undefined) aliases.set(alias, module);
      else aliases.set(module.split(".")[0], module.split(".")[0]);
      continue;
    }
    const from = FROM_IMPORT.exec(line);
    if (!from) continue;
    const [, module, names] = from;
    for (const part of names.replace(/[()]/g, "").split(",")) {
      const [name, alias] = part.trim().split(/\s+as\s+/);
      if (name) aliases.set(alias ?? name, `${module}.${name}`);
    }
  }
  return aliases;
}

/** The module a dotted expression names (`jnp`, `jax.numpy`, `jax`), or null. */
export function resolveModule(expression: string, aliases: ReadonlyMap<string, string>): string | null {
  const [head, ...rest] = expression.split(".");
  const base = aliases.get(head);
  if (base === undefined) return null;
  return [base, ...rest].join(".");
}

/** The dotted name under (or just before) a column of a line: `jnp.sin` → qualifier `jnp`, name `sin`. */
export function dottedNameAt(line: string, column: number): { qualifier: string; name: string } | null {
  let start = column;
  let end = column;
  while (start > 0 && /[\w.]/.test(line[start - 1])) start--;
  while (end < line.length && /\w/.test(line[end])) end++;
  const text = line.slice(start, end);
  const dot = text.lastIndexOf(".");
  if (dot <= 0) return null;
  return { qualifier: text.slice(0, dot), name: text.slice(dot + 1) };
}

export class ApiIndex {
  private readonly byModule = new Map<string, ApiEntry[]>();

  constructor(entries: readonly ApiEntry[]) {
    for (const entry of entries) {
      const list = this.byModule.get(entry.module) ?? [];
      list.push(entry);
      this.byModule.set(entry.module, list);
    }
  }

  functionsOf(module: string): readonly ApiEntry[] {
    return this.byModule.get(module) ?? [];
  }

  find(module: string, name: string): ApiEntry | undefined {
    return this.functionsOf(module).find((e) => e.name === name);
  }
}
