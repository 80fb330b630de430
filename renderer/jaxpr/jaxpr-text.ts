/** Reading a printed jaxpr: tokens to colour it as JAX's colour printer does, and where equations lie. */

export type JaxprTokenKind =
  "keyword" | "var" | "type" | "primitive" | "param" | "literal" | "punct" | "space";

export interface JaxprToken {
  readonly kind: JaxprTokenKind;
  readonly text: string;
}

// One alternative per token kind; the first that matches at a position wins.
const TOKEN = new RegExp(
  [
    String.raw`(?<space>\s+)`,
    String.raw`(?<type>:[a-z]+\d*(?:<\w+>)?\[[\d,]*\])`,
    String.raw`(?<keyword>\b(?:lambda|let|in)\b)`,
    String.raw`(?<param>\b[a-z_][\w]*(?==))`,
    String.raw`(?<literal>-?\b\d+(?:\.\d*)?(?:e[+-]?\d+)?\b|\b(?:True|False|None|inf|nan)\b)`,
    String.raw`(?<word>\b[A-Za-z_][\w]*\b)`,
    String.raw`(?<punct>.)`,
  ].join("|"),
  "gy",
);

/** The tokens of one line of a printed jaxpr. A word right after `= ` is the equation's primitive. */
export function tokenizeJaxprLine(line: string): JaxprToken[] {
  const tokens: JaxprToken[] = [];
  TOKEN.lastIndex = 0;
  let afterEquals = false;
  for (let match = TOKEN.exec(line); match !== null; match = TOKEN.exec(line)) {
    const groups = match.groups ?? {};
    const text = match[0];
    let kind: JaxprTokenKind;
    if (groups.space !== undefined) kind = "space";
    else if (groups.type !== undefined) kind = "type";
    else if (groups.keyword !== undefined) kind = "keyword";
    else if (groups.param !== undefined) kind = "param";
    else if (groups.literal !== undefined) kind = "literal";
    else if (groups.word !== undefined) kind = afterEquals ? "primitive" : "var";
    else kind = "punct";
    if (kind !== "space") afterEquals = text === "=" && tokens.at(-1)?.kind === "space";
    tokens.push({ kind, text });
  }
  return tokens;
}

/**
 * The line (0-based) on which each top-level equation of a printed jaxpr starts. A jaxpr short enough
 * to print on one line has all its equations on line 0.
 */
export function equationLines(text: string): number[] {
  const lines = text.split("\n");
  // The top-level jaxpr is the last `{ lambda` at column 0 (shared sub-jaxprs print first as `let`).
  const top = lines.findLastIndex((l) => l.startsWith("{ lambda"));
  if (top < 0) return [];
  const firstLine = lines[top];
  if (firstLine.endsWith("}")) {
    const count = (firstLine.match(/ = /g) ?? []).length;
    return Array.from({ length: count }, () => top);
  }
  const starts: number[] = [];
  for (let i = top + 1; i < lines.length; i++) {
    if (/^ {4}[^\s\])]/.test(lines[i])) starts.push(i);
  }
  return starts;
}
