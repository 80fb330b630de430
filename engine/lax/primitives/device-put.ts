// jax.device_put and its primitive. Traceur has one device, the CPU: eagerly, device_put gives back its
// arguments as arrays (a copy when asked for one); under a transformation it binds `device_put`, which
// stays in the jaxpr with JAX's params, is linear (its JVP applies it to the tangents), transposes to a
// copying device_put, and batches as the identity (jax/_src/dispatch.py).
import { valueError } from "../../core/errors.ts";
import { type BatchResult, definePrimitive, type Primitive } from "../../core/primitive.ts";
import { PyVerbatim } from "../../core/pyrepr.ts";
import { Zero, UndefinedPrimal, type Tangent } from "../../core/tangents.ts";
import { bind, currentTrace } from "../../core/trace.ts";
import { ArrayValue, type Value } from "../../core/values.ts";
import type { Params } from "../../ir/jaxpr.ts";
import { exportPy } from "../../api/registry.ts";
import { linearJvp } from "../../transforms/ad/rules.ts";

export type CopySemantics = "REUSE_INPUT" | "ALWAYS_COPY" | "DONATE_INPUT";

export interface DevicePutParams extends Params {
  readonly copy_semantics: readonly PyVerbatim[];
  /** Each operand's destination: null (the default device) or the device's repr. */
  readonly devices: readonly (PyVerbatim | null)[];
  /** Each operand's source, when known: a concrete JAX array's sharding. */
  readonly srcs: readonly (PyVerbatim | null)[];
}

const semantics = (s: CopySemantics): PyVerbatim => new PyVerbatim(`ArrayCopySemantics.${s}`);
const isSemantics = (v: PyVerbatim, s: CopySemantics): boolean => v.text === semantics(s).text;

/** The one device, as JAX prints it. */
export const CPU_DEVICE = "CpuDevice(id=0)";
/** The sharding of a JAX array on it, as JAX prints it. */
const CPU_SHARDING = new PyVerbatim(`SingleDeviceSharding(device=${CPU_DEVICE}, memory_kind=device)`);

export const devicePutP: Primitive<DevicePutParams> = definePrimitive<DevicePutParams>({
  name: "device_put",
  abstractEval: (avals) => [...avals],
  cpu: (xs, p, outs) =>
    xs.map((x, i) =>
      isSemantics(p.copy_semantics[i], "REUSE_INPUT") && p.devices[i] === null
        ? x
        : new ArrayValue(outs[i], x.data.slice()),
    ),
  batch: (args, dims, p): BatchResult => [bind(devicePutP, args, p), dims],
  jvp: linearJvp(() => devicePutP),
  transpose: (cts, args, p) => {
    const results: (Tangent | null)[] = args.map(() => null);
    const picked: number[] = [];
    args.forEach((arg, i) => {
      if (!(arg instanceof UndefinedPrimal)) return;
      if (cts[i] instanceof Zero) results[i] = new Zero(arg.aval);
      else picked.push(i);
    });
    if (picked.length > 0) {
      for (const i of picked) {
        if (isSemantics(p.copy_semantics[i], "DONATE_INPUT")) {
          throw valueError(
            "donate=True is not allowed during tranposition of device_put. Please file an issue if you want this to be supported.",
          );
        }
      }
      const ys = bind(
        devicePutP,
        picked.map((i) => cts[i] as Value),
        {
          devices: picked.map((i) => p.srcs[i]),
          srcs: picked.map((i) => p.devices[i]),
          copy_semantics: picked.map(() => semantics("ALWAYS_COPY")),
        },
      );
      picked.forEach((i, k) => (results[i] = ys[k]));
    }
    return results;
  },
});

/**
 * jax.device_put over the leaves of its argument: `device` null or the CPU, `copy` from may_alias and
 * donate (api.py's rules, applied by the Python side).
 */
function devicePut(xs: readonly Value[], toDevice: boolean, copy: CopySemantics): (Value | null)[] {
  if (currentTrace().kind === "eval") {
    // No trace: each JAX array itself (null: the caller gives back its own object, as JAX does), or a
    // copy; Python and numpy values become JAX arrays.
    return xs.map((x) => {
      const v = x as ArrayValue;
      if (v.origin === "jax" && copy === "REUSE_INPUT" && !toDevice) return null;
      return new ArrayValue(v.aval, v.origin === "jax" ? v.data.slice() : v.data);
    });
  }
  return bind(devicePutP, xs, {
    copy_semantics: xs.map(() => semantics(copy)),
    devices: xs.map(() => (toDevice ? new PyVerbatim(CPU_DEVICE) : null)),
    srcs: xs.map((x) => (x instanceof ArrayValue && x.origin === "jax" ? CPU_SHARDING : null)),
  });
}

exportPy("jax._dispatch", "device_put_leaves", "xs, to_device, copy", { xs: "arrays" }, ((
  xs: readonly Value[],
  toDevice: boolean,
  copy: CopySemantics,
) => devicePut(xs, toDevice, copy)) as never);
