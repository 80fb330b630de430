// The engine's side of Python's `jax._source_info`: turns its `line:function:file` answers into SourceInfo.
import type { SourceLocator } from "../core/source-location.ts";
import type { SourceInfo } from "../ir/jaxpr.ts";

/** Python's `_locate`: `line:function:file` of the user's innermost frame, or None (undefined here). */
export type PythonLocator = () => string | undefined;

/** The parsed answers are shared: a traced loop asks about the same few lines again and again. */
export function sourceLocator(locate: PythonLocator): SourceLocator {
  const known = new Map<string, SourceInfo>();
  return () => {
    const answer = locate();
    if (answer === undefined || answer === null) return undefined;
    let info = known.get(answer);
    if (info === undefined) {
      info = parseLocation(answer);
      known.set(answer, info);
    }
    return info;
  };
}

export function parseLocation(answer: string): SourceInfo {
  const lineEnd = answer.indexOf(":");
  const nameEnd = answer.indexOf(":", lineEnd + 1);
  return {
    line: Number(answer.slice(0, lineEnd)),
    functionName: answer.slice(lineEnd + 1, nameEnd),
    file: answer.slice(nameEnd + 1),
  };
}
