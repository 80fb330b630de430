// Turning values back into Python data, with JAX's errors when the value is only known abstractly.
import { jaxError, type PyErrorType } from "../core/errors.ts";
import { StagingTracer } from "../core/staging.ts";
import { ArrayValue, type Value } from "../core/values.ts";

export interface ConversionContext {
  /** What asked for a concrete value: "bool", "int", "float", "index", "tolist", "item", or a jnp argument. */
  readonly fn: string;
}

/** `tracer._error_repr()`. */
export function errorRepr(v: Value): string {
  return `traced array with shape ${v.aval.strLong()}`;
}

/** `DynamicJaxprTracer._origin_msg()`, for the cases Traceur can state exactly. */
export function originMessage(v: Value): string {
  if (!(v instanceof StagingTracer)) return "";
  const origin = v.trace.origin;
  if (!origin) return "";
  const where = origin.file !== undefined ? `${origin.functionName} at ${origin.file}:${origin.line}` : origin.functionName;
  let msg = `The error occurred while tracing the function ${where} for jit. `;
  const positions = v.trace.argumentsBehind(v);
  if (positions.length && origin.argNames) {
    const names = positions.map((i) => origin.argNames?.[i] ?? "unknown");
    const list =
      names.length === 1
        ? `the argument ${names[0]}`
        : names.length === 2
          ? `the arguments ${names[0]} and ${names[1]}`
          : `the arguments ${names.slice(0, -1).join(", ")}, and ${names[names.length - 1]}`;
    msg += `This concrete value was not available in Python because it depends on the value${names.length > 1 ? "s" : ""} of ${list}.`;
  }
  return "\n" + msg;
}

export function concretizationError(v: Value, context = ""): Error {
  return jaxError(
    "ConcretizationTypeError",
    `Abstract tracer value encountered where concrete value is expected: ${errorRepr(v)}\n${context}${originMessage(v)}\n`,
  );
}

const FUNCTION_CONTEXT: Record<string, string> = {
  int: "The problem arose with the `int` function. If trying to convert the data type of a value, try using `x.astype(int)` or `jnp.array(x, int)` instead.",
  float: "The problem arose with the `float` function. If trying to convert the data type of a value, try using `x.astype(float)` or `jnp.array(x, float)` instead.",
  complex: "The problem arose with the `complex` function. If trying to convert the data type of a value, try using `x.astype(complex)` or `jnp.array(x, complex)` instead.",
};

export function concreteOrError(v: Value, ctx: ConversionContext): ArrayValue {
  if (v instanceof ArrayValue) return v;
  const origin = originMessage(v);
  let type: PyErrorType;
  let msg: string;
  if (ctx.fn === "bool") {
    type = "TracerBoolConversionError";
    msg = `Attempted boolean conversion of ${errorRepr(v)}.${origin}`;
  } else if (ctx.fn === "index") {
    type = "TracerIntegerConversionError";
    msg = `The __index__() method was called on ${errorRepr(v)}${origin}`;
  } else if (ctx.fn === "array") {
    type = "TracerArrayConversionError";
    msg = `The numpy.ndarray conversion method __array__() was called on ${errorRepr(v)}${origin}`;
  } else {
    throw concretizationError(v, FUNCTION_CONTEXT[ctx.fn] !== undefined ? `${FUNCTION_CONTEXT[ctx.fn]}\n` : ctx.fn ? `${ctx.fn}\n` : "");
  }
  throw jaxError(type, msg);
}
