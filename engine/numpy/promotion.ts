// jnp's argument promotion (jax/_src/numpy/util.py): dtypes by the lattice, then ranks.
import { type DType, DEFAULT_FLOAT, isBool, isExtended, isInexact, resultType } from "../core/dtypes.ts";
import { typeError } from "../core/errors.ts";
import type { Value } from "../core/values.ts";
import { convertElementType } from "../lax/convert.ts";
import { broadcastToRank, broadcastShapes } from "../lax/shapes.ts";

export function resultTypeOf(values: readonly Value[]): { dtype: DType; weak: boolean } {
  return resultType(values.map((v) => ({ dtype: v.aval.dtype, weak: v.aval.weakType })));
}

export function promoteDTypes(values: readonly Value[]): Value[] {
  if (values.length < 2) return [...values];
  const { dtype, weak } = resultTypeOf(values);
  return values.map((v) => convertElementType(v, dtype, weak));
}

/** `promote_dtypes_inexact`: as promoteDTypes, then integers and bools become the default float. */
export function promoteDTypesInexact(values: readonly Value[]): Value[] {
  const { dtype, weak } = resultTypeOf(values);
  const to = isInexact(dtype) ? dtype : DEFAULT_FLOAT;
  return values.map((v) => convertElementType(v, to, weak));
}

/** `promote_dtypes_numeric`: bools become the default int. */
export function promoteDTypesNumeric(values: readonly Value[]): Value[] {
  const { dtype, weak } = resultTypeOf(values);
  const to = isBool(dtype) ? "int32" : dtype;
  return values.map((v) => convertElementType(v, to, weak));
}

/** `promote_shapes`: only when several non-scalar ranks differ are operands broadcast to one rank. */
export function promoteShapes(name: string, values: readonly Value[]): Value[] {
  if (values.length < 2) return [...values];
  const shapes = values.map((v) => v.aval.shape);
  if (shapes.every((s) => s.length === shapes[0].length)) return [...values];
  const nonscalarRanks = new Set(shapes.filter((s) => s.length > 0).map((s) => s.length));
  if (nonscalarRanks.size < 2) return [...values];
  const rank = broadcastShapes(name, shapes).length;
  return values.map((v) => broadcastToRank(v, rank));
}

/** `check_for_prngkeys`: PRNG keys mixed with other dtypes have no promotion. */
function checkForPrngKeys(name: string, values: readonly Value[]): void {
  const dtypes = values.map((v) => v.aval.dtype);
  if (new Set(dtypes).size < 2 || !dtypes.some(isExtended)) return;
  throw typeError(`${name} does not accept dtypes ${dtypes.join(", ")}.`);
}

export function promoteArgs(name: string, values: readonly Value[]): Value[] {
  checkForPrngKeys(name, values);
  return promoteShapes(name, promoteDTypes(values));
}

export function promoteArgsInexact(name: string, values: readonly Value[]): Value[] {
  checkForPrngKeys(name, values);
  return promoteShapes(name, promoteDTypesInexact(values));
}

export function promoteArgsNumeric(name: string, values: readonly Value[]): Value[] {
  checkForPrngKeys(name, values);
  return promoteShapes(name, promoteDTypesNumeric(values));
}
