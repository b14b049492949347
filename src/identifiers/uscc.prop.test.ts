import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseUscc } from "./index";

// An independent reference of GB 32100-2015 §5 (not the code under test): weights
// 3^(i−1) mod 31, check value (31 − Σ mod 31) mod 31.
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});
function referenceCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(body[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

const symbol = fc.integer({ min: 0, max: 30 }).map((i) => ALPHABET[i]!);
const body = fc.array(symbol, { minLength: 17, maxLength: 17 }).map((a) => a.join(""));

describe("parseUscc — properties", () => {
  it("accepts any 17-character body followed by its check character", () => {
    fc.assert(
      fc.property(body, (b) => {
        const r = parseUscc(b + referenceCheck(b));
        expect(r.ok).toBe(true);
        // No errors; a warning only for the authority 0 and the region 000000 (GB 32100 assigns neither).
        expect(r.issues.map((i) => [i.code, i.severity])).toEqual([
          ...(b[0] === "0" ? [["uscc_authority", "warning"]] : []),
          ...(b.slice(2, 8) === "000000" ? [["uscc_region", "warning"]] : []),
        ]);
      }),
      { numRuns: 2000 },
    );
  });

  // Every weight is a non-zero residue mod 31 (a prime) and two distinct symbols differ by
  // 1..30, so any single substitution changes Σ mod 31: the checksum detects it.
  it("rejects every single-character substitution of a valid code", () => {
    fc.assert(
      fc.property(body, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 30 }), (b, pos, shift) => {
        const code = b + referenceCheck(b);
        const replaced = ALPHABET[(ALPHABET.indexOf(code[pos]!) + shift) % 31]!;
        const changed = code.slice(0, pos) + replaced + code.slice(pos + 1);
        expect(changed).not.toBe(code);
        const r = parseUscc(changed);
        expect(r.ok).toBe(false);
        expect(r.issues[0]!.code).toBe("uscc_checksum");
      }),
      { numRuns: 3000 },
    );
  });

  it("never throws on arbitrary JSON-like input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string({ minLength: 18, maxLength: 18 })), (v) => {
        const r = parseUscc(v);
        expect(typeof r.ok).toBe("boolean");
        expect(Array.isArray(r.issues)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
