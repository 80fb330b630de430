// The fast digit generator against the exact BigInt Dragon4 it stands in for.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundFloat16, roundBFloat16 } from "../../../engine/core/storage.ts";
import { dragon4, type DigitRequest } from "../../../engine/format/dragon4.ts";
import { floatDigits } from "../../../engine/format/float-digits.ts";
import { cFormatG, formatPositional, formatScientific } from "../../../engine/format/float-format.ts";
import { floatParts, type FloatType } from "../../../engine/format/float-parts.ts";

const REQUESTS: DigitRequest[] = [
  { unique: true, cutoffMode: "fraction", cutoffMax: -1, cutoffMin: -1 },
  { unique: true, cutoffMode: "fraction", cutoffMax: 8, cutoffMin: -1 },
  { unique: true, cutoffMode: "fraction", cutoffMax: 8, cutoffMin: 8 },
  { unique: true, cutoffMode: "fraction", cutoffMax: 2, cutoffMin: 2 },
  { unique: true, cutoffMode: "total", cutoffMax: 9, cutoffMin: -1 },
  { unique: true, cutoffMode: "total", cutoffMax: 4, cutoffMin: 4 },
  { unique: true, cutoffMode: "total", cutoffMax: 9, cutoffMin: 9 },
  { unique: true, cutoffMode: "total", cutoffMax: 17, cutoffMin: 17 },
  { unique: false, cutoffMode: "total", cutoffMax: 6, cutoffMin: -1 },
];

function sameAsReference(value: number, type: FloatType): void {
  const parts = floatParts(value, type);
  for (const req of REQUESTS) {
    const expected = parts.mantissa === 0 ? { digits: "0", exponent: 0 } : dragon4(parts, req);
    expect({ value, req, ...floatDigits(value, type, req) }).toEqual({ value, req, ...expected });
  }
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
const finiteFloat32 = fc.integer({ min: 0, max: 0xffffffff }).map((bits) => {
  u32[0] = bits;
  return Number.isFinite(f32[0]) ? f32[0] : 1.5;
});

describe("floatDigits", () => {
  it("matches Dragon4 on float32 bit patterns", () => {
    fc.assert(
      fc.property(finiteFloat32, (v) => sameAsReference(v, "float32")),
      { numRuns: 3000 },
    );
  });

  it("matches Dragon4 on float64 values", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => sameAsReference(v, "float64")),
      { numRuns: 3000 },
    );
  });

  it("matches Dragon4 on float16 and bfloat16 values", () => {
    fc.assert(
      fc.property(fc.double({ min: -65000, max: 65000, noNaN: true }), (v) => {
        sameAsReference(roundFloat16(v), "float16");
        sameAsReference(roundBFloat16(v), "bfloat16");
      }),
      { numRuns: 3000 },
    );
  });

  it("rounds exact ties to the even digit, as numpy does", () => {
    expect(formatPositional(0.001953125, "float64", { precision: 8 })).toBe("0.00195312");
    expect(formatPositional(0.5, "float64", { precision: 0 })).toBe("0.");
    expect(formatPositional(1.5, "float64", { precision: 0 })).toBe("2.");
    expect(formatScientific(1.01171875, "float16", { precision: 6, minDigits: 6 })).toBe("1.011719e+00");
    expect(cFormatG(3.140625, "bfloat16")).toBe("3.14062");
  });
});
