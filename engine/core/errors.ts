// Errors raised by the engine, each naming the Python exception type the front end raises for it.

export const JAX_ERRORS_PAGE = "https://docs.jax.dev/en/latest/errors.html";

/** The Python exception types the engine can raise (the bridge maps each to a real Python class). */
export type PyErrorType =
  | "TypeError"
  | "ValueError"
  | "IndexError"
  | "NotImplementedError"
  | "MemoryError"
  | "OverflowError"
  | "ZeroDivisionError"
  | "AttributeError"
  | "KeyError"
  | "ConcretizationTypeError"
  | "TracerBoolConversionError"
  | "TracerIntegerConversionError"
  | "TracerArrayConversionError"
  | "NonConcreteBooleanIndexError"
  | "UnexpectedTracerError";

export class EngineError extends Error {
  readonly pyType: PyErrorType;
  constructor(pyType: PyErrorType, message: string) {
    super(message);
    this.pyType = pyType;
    this.name = pyType;
  }
}

export const typeError = (msg: string): EngineError => new EngineError("TypeError", msg);
export const valueError = (msg: string): EngineError => new EngineError("ValueError", msg);
export const indexError = (msg: string): EngineError => new EngineError("IndexError", msg);

/** What Traceur cannot do yet: always named, never a wrong answer. */
export function notSupported(what: string): EngineError {
  return new EngineError("NotImplementedError", `Traceur does not support ${what} yet.`);
}

/** JAX's own error classes end with a pointer to their documentation. */
export function jaxError(pyType: PyErrorType, message: string): EngineError {
  return new EngineError(pyType, `${message}\nSee ${JAX_ERRORS_PAGE}#jax.errors.${pyType}`);
}
