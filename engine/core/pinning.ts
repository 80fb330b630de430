// Which concrete values may recycle their memory when Python drops them (see core/buffer-pool.ts and
// ArrayValue.release): only a kernel's fresh output that Python alone holds. Wherever the engine is
// handed values it might keep, or hands the same value out twice, it pins them.
import { ArrayValue, Tracer } from "./values.ts";

/** Pin every value and tracer in `x`, looking into (nested) JS arrays. */
export function pinDeep(x: unknown): void {
  if (x instanceof ArrayValue || x instanceof Tracer) x.pin();
  else if (Array.isArray(x)) for (const item of x) pinDeep(item);
}

function collectValues(x: unknown, into: (ArrayValue | Tracer)[]): (ArrayValue | Tracer)[] {
  if (x instanceof ArrayValue || x instanceof Tracer) into.push(x);
  else if (Array.isArray(x)) for (const item of x) collectValues(item, into);
  return into;
}

/** Pin each value of `result` that `result` holds more than once, or that is one of `inputs`. */
export function pinAliases(result: unknown, inputs: readonly unknown[] = []): void {
  const outs = collectValues(result, []);
  if (outs.length === 0 || (outs.length === 1 && inputs.length === 0)) return;
  const ins = collectValues(inputs, []);
  outs.forEach((v, i) => {
    if (outs.indexOf(v) !== i || ins.includes(v)) v.pin();
  });
}

/**
 * `fn` called as the Python side calls it: its array arguments are pinned (it may keep them, or return
 * them), and so are results it returns twice.
 */
export function pinningCall<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    pinDeep(args);
    const result = fn(...args);
    pinAliases(result);
    return result;
  };
}

/**
 * `fn` for a function that only reads its array arguments (an elementwise ufunc binding a primitive):
 * they stay recyclable, unless one comes back as a result.
 */
export function borrowingCall<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    const result = fn(...args);
    pinAliases(result, args);
    return result;
  };
}

/** Each function of `api` as `pinningCall` makes it, except those named in `readers` (they keep nothing). */
export function pinningApi<T extends object>(api: T, readers: ReadonlySet<string>): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(api)) {
    wrapped[name] =
      typeof member === "function" && !readers.has(name)
        ? pinningCall(member as (...args: unknown[]) => unknown)
        : typeof member === "object" && member !== null && !Array.isArray(member)
          ? pinningApi(member, readers)
          : member;
  }
  return wrapped as T;
}
