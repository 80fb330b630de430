// The jit step record: whether the call traced or hit the cache, and the jaxpr it staged.
import type { Value } from "../core/values.ts";
import type { ClosedJaxpr } from "../ir/jaxpr.ts";
import { jitStats } from "../transforms/jit.ts";
import { jaxprRecord } from "./snapshot.ts";
import type { JitRecord } from "./types.ts";

export function jitRecord(
  name: string,
  staged: ClosedJaxpr,
  args: readonly Value[],
  cacheHit: boolean,
): JitRecord {
  return {
    transform: "jit",
    name,
    signature: args.map((a) => a.aval.key()).join(" "),
    cacheHit,
    staged: jaxprRecord(staged),
    traces: jitStats.traces,
    cacheHits: jitStats.cacheHits,
  };
}
