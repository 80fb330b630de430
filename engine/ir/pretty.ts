// JAX's pretty printer (jax/_src/pretty_printer.py, jaxlib/_pretty_printer.cc): Wadler–Lindig "strictly pretty"
// documents. A group prints flat iff its own flat width fits in what is left of the line; what follows the group
// on the same line is not measured (JAX's deliberate departure from Lindig).

export type Doc =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "brk"; readonly text: string }
  | { readonly kind: "concat"; readonly children: readonly Doc[] }
  | { readonly kind: "group"; readonly child: Doc }
  | { readonly kind: "nest"; readonly n: number; readonly child: Doc };

export const nil: Doc = { kind: "concat", children: [] };

export const text = (s: string): Doc => ({ kind: "text", text: s });

/** A break: its text when its group is flat, otherwise a newline and the current indentation. */
export const brk = (s = " "): Doc => ({ kind: "brk", text: s });

export const concat = (children: readonly Doc[]): Doc => ({ kind: "concat", children });

export const group = (child: Doc): Doc => ({ kind: "group", child });

/** Indents the lines that breaks inside `child` start by `n` more than the enclosing nest level. */
export const nest = (n: number, child: Doc): Doc => ({ kind: "nest", n, child });

export function join(sep: Doc, docs: readonly Doc[]): Doc {
  if (docs.length === 0) return nil;
  if (docs.length === 1) return docs[0];
  const xs: Doc[] = [docs[0]];
  for (const d of docs.slice(1)) xs.push(sep, d);
  return concat(xs);
}

/** Lays `doc` out in `width` columns, as `Doc.format(width)` does. Trailing spaces are kept. */
export function format(doc: Doc, width = 80): string {
  const out: string[] = [];
  let col = 0;
  const agenda: Array<{ indent: number; flat: boolean; doc: Doc }> = [{ indent: 0, flat: false, doc }];
  while (agenda.length > 0) {
    const { indent, flat, doc: d } = agenda.pop()!;
    switch (d.kind) {
      case "text":
        out.push(d.text);
        col += textWidth(d.text);
        break;
      case "brk":
        if (flat) {
          out.push(d.text);
          col += textWidth(d.text);
        } else {
          out.push("\n", " ".repeat(indent));
          col = indent;
        }
        break;
      case "concat":
        for (let i = d.children.length - 1; i >= 0; i--) agenda.push({ indent, flat, doc: d.children[i] });
        break;
      case "nest":
        agenda.push({ indent: indent + d.n, flat, doc: d.child });
        break;
      case "group":
        agenda.push({ indent, flat: fits(d.child, width - col), doc: d.child });
        break;
    }
  }
  return out.join("");
}

/** Whether `doc` printed flat takes at most `room` columns. */
function fits(doc: Doc, room: number): boolean {
  const stack: Doc[] = [doc];
  while (stack.length > 0 && room >= 0) {
    const d = stack.pop()!;
    switch (d.kind) {
      case "text":
      case "brk":
        room -= textWidth(d.text);
        break;
      case "concat":
        for (let i = d.children.length - 1; i >= 0; i--) stack.push(d.children[i]);
        break;
      case "nest":
      case "group":
        stack.push(d.child);
        break;
    }
  }
  return room >= 0;
}

// The C++ engine measures std::string::size(), i.e. UTF-8 bytes.
function textWidth(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 2; // a surrogate pair: 2 UTF-16 units, 4 bytes
      i++;
    } else n += 2;
  }
  return n;
}
