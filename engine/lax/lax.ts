// The `jax.lax` functions over elementwise primitives: no promotion, as in JAX.
import { bind1 } from "../core/trace.ts";
import type { Value } from "../core/values.ts";
import type { Primitive } from "../core/primitive.ts";
import * as P from "./primitives/elementwise.ts";

type NoParams = Record<string, never>;
const un =
  (p: Primitive<NoParams>) =>
  (x: Value): Value =>
    bind1(p, [x], {});
const bin =
  (p: Primitive<NoParams>) =>
  (x: Value, y: Value): Value =>
    bind1(p, [x, y], {});

export const add = bin(P.addP);
export const sub = bin(P.subP);
export const mul = bin(P.mulP);
export const div = bin(P.divP);
export const rem = bin(P.remP);
export const pow = bin(P.powP);
export const max = bin(P.maxP);
export const min = bin(P.minP);
export const atan2 = bin(P.atan2P);
export const nextafter = bin(P.nextafterP);
export const eq = bin(P.eqP);
export const ne = bin(P.neP);
export const lt = bin(P.ltP);
export const le = bin(P.leP);
export const ltTo = bin(P.ltToP);
export const leTo = bin(P.leToP);
export const gt = bin(P.gtP);
export const ge = bin(P.geP);
export const bitwiseAnd = bin(P.andP);
export const bitwiseOr = bin(P.orP);
export const bitwiseXor = bin(P.xorP);
export const shiftLeft = bin(P.shiftLeftP);
export const shiftRightLogical = bin(P.shiftRightLogicalP);
export const shiftRightArithmetic = bin(P.shiftRightArithmeticP);

export const neg = un(P.negP);
export const sign = un(P.signP);
export const floor = un(P.floorP);
export const ceil = un(P.ceilP);
export const abs = un(P.absP);
export const square = un(P.squareP);
export const isFinite = un(P.isFiniteP);
export const exp = un(P.expP);
export const exp2 = un(P.exp2P);
export const log = un(P.logP);
export const log1p = un(P.log1pP);
export const expm1 = un(P.expm1P);
export const tanh = un(P.tanhP);
export const logistic = un(P.logisticP);
export const sin = un(P.sinP);
export const cos = un(P.cosP);
export const tan = un(P.tanP);
export const asin = un(P.asinP);
export const acos = un(P.acosP);
export const atan = un(P.atanP);
export const sinh = un(P.sinhP);
export const cosh = un(P.coshP);
export const asinh = un(P.asinhP);
export const acosh = un(P.acoshP);
export const atanh = un(P.atanhP);
export const sqrt = un(P.sqrtP);
export const rsqrt = un(P.rsqrtP);
export const cbrt = un(P.cbrtP);
export const erf = un(P.erfP);
export const erfc = un(P.erfcP);
export const erfInv = un(P.erfInvP);
export const bitwiseNot = un(P.notP);

export const round = (x: Value, roundingMethod = 0): Value =>
  bind1(P.roundP, [x], { rounding_method: roundingMethod });
export const integerPow = (x: Value, y: number): Value => bind1(P.integerPowP, [x], { y });
export const selectN = (which: Value, ...cases: Value[]): Value => bind1(P.selectNP, [which, ...cases], {});
/** `lax.select(pred, on_true, on_false)` is `select_n(pred, on_false, on_true)`. */
export const select = (pred: Value, onTrue: Value, onFalse: Value): Value => selectN(pred, onFalse, onTrue);
export const clamp = (lo: Value, x: Value, hi: Value): Value => bind1(P.clampP, [lo, x, hi], {});

export { convertElementType } from "./convert.ts";
