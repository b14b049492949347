import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidOrganizationCode, isValidUscc, makeUscc, orgCodeCheckCharacter, parseUscc, usccCheckCharacter } from "./index";

// An independent reference, written differently from the code under test: the values are
// GB 32100-2015's table copied out by hand, the weights are 3^(i−1) unreduced (BigInt),
// and the check character is found by search — the symbol c with Σ + value(c) ≡ 0
// (mod 31), which is what C18 = 31 − mod(Σ, 31) (31 written 0) means.
const USCC_VALUE: Readonly<Record<string, number>> = {
  "0": 0, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9,
  A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, G: 16, H: 17, J: 18, K: 19, L: 20, M: 21,
  N: 22, P: 23, Q: 24, R: 25, T: 26, U: 27, W: 28, X: 29, Y: 30,
};
const USCC_SYMBOLS = Object.keys(USCC_VALUE);

function referenceUsccCheck(first17: string): string {
  let sum = 0n;
  for (let i = 0; i < 17; i++) sum += BigInt(USCC_VALUE[first17[i]!]!) * 3n ** BigInt(i);
  return USCC_SYMBOLS.find((c) => (sum + BigInt(USCC_VALUE[c]!)) % 31n === 0n)!;
}

// GB 11714-1997 the same way: values by parseInt in base 36 (A = 10 … Z = 35), and the
// check is the v in 0..10 with Σ + v ≡ 0 (mod 11), v = 10 written X (C9 = 11 − mod(Σ, 11),
// 11 written 0).
function referenceOrgCheck(first8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((s, w, i) => s + w * parseInt(first8[i]!, 36), 0);
  const v = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].find((v) => (sum + v) % 11 === 0)!;
  return v === 10 ? "X" : String(v);
}

const uscc = fc.constantFrom(...USCC_SYMBOLS);
const base36 = fc.constantFrom(..."0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
const digits = (n: number) => fc.array(fc.constantFrom(..."0123456789"), { minLength: n, maxLength: n }).map((a) => a.join(""));
const chars = (arb: fc.Arbitrary<string>, n: number) => fc.array(arb, { minLength: n, maxLength: n }).map((a) => a.join(""));
const parts = fc.record({ authority: uscc, type: uscc, region: digits(6), orgBody: chars(uscc, 8), withCheck: fc.boolean() });

/** A made code and what it was made of. */
function made(p: { authority: string; type: string; region: string; orgBody: string; withCheck: boolean }) {
  const orgCode = p.orgBody + referenceOrgCheck(p.orgBody);
  const code = makeUscc({ authority: p.authority, type: p.type, region: p.region, orgCode: p.withCheck ? orgCode : p.orgBody });
  return { code, orgCode };
}

describe("check characters — against the reference", () => {
  it("usccCheckCharacter agrees on any 17 symbols", () => {
    fc.assert(
      fc.property(chars(uscc, 17), (body) => {
        expect(usccCheckCharacter(body)).toBe(referenceUsccCheck(body));
      }),
      { numRuns: 3000 },
    );
  });

  it("orgCodeCheckCharacter agrees on any 8 digits or upper-case letters", () => {
    fc.assert(
      fc.property(chars(base36, 8), (body) => {
        const check = orgCodeCheckCharacter(body);
        expect(check).toBe(referenceOrgCheck(body));
        expect(isValidOrganizationCode(body + check)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("makeUscc — properties", () => {
  it("makes a valid code that parses back into its parts", () => {
    fc.assert(
      fc.property(parts, (p) => {
        const { code, orgCode } = made(p);
        const first17 = p.authority + p.type + p.region + orgCode;
        expect(code).toBe(first17 + referenceUsccCheck(first17));
        expect(isValidUscc(code)).toBe(true);
        expect(parseUscc(code).value).toEqual({ code, authority: p.authority, type: p.type, region: p.region, orgCode, check: code[17] });
        expect(isValidOrganizationCode(orgCode)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  // GB 32100's weights are distinct non-zero residues mod 31 (a prime), and two distinct
  // symbols differ by 1..30 (mod 31), so a substitution always changes Σ mod 31.
  it("detects any single substitution of one symbol for another", () => {
    fc.assert(
      fc.property(parts, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 30 }), (p, pos, shift) => {
        const { code } = made(p);
        const replaced = USCC_SYMBOLS[(USCC_VALUE[code[pos]!]! + shift) % 31]!;
        const changed = code.slice(0, pos) + replaced + code.slice(pos + 1);
        expect(isValidUscc(changed)).toBe(false);
        expect(parseUscc(changed).issues[0]).toMatchObject({ code: "uscc_checksum", params: { received: changed[17], position: 18 } });
      }),
      { numRuns: 3000 },
    );
  });

  // Swapping positions i and j changes Σ by (a − b)(w_i − w_j), with the check's own weight
  // taken as 1. The weights 3^0 … 3^16 mod 31 are distinct (3 has order 30 mod 31), so every
  // transposition is detected except one: position 1 (weight 3^0 = 1) with the check.
  it("detects every transposition of two different symbols except position 1 with position 18", () => {
    fc.assert(
      fc.property(parts, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 0, max: 17 }), (p, i, j) => {
        const { code } = made(p);
        if (i === j || code[i] === code[j]) return;
        const a = [...code];
        [a[i], a[j]] = [a[j]!, a[i]!];
        const swapped = a.join("");
        expect(isValidUscc(swapped)).toBe(Math.min(i, j) === 0 && Math.max(i, j) === 17);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("makeUscc — what the scheme does not catch", () => {
  // GB 32100's example with positions 1 and 18 swapped: Σ falls by 9 − 3 = 6 and the check
  // value rises by 6 (1640 − 6 = 1634; 1634 mod 31 = 22; 31 − 22 = 9), so the code stays valid.
  it("accepts 31350100M000100Y49, the example with its first and last characters swapped", () => {
    expect(isValidUscc("31350100M000100Y49")).toBe(true);
    expect(makeUscc({ authority: "3", type: "1", region: "350100", orgCode: "M000100Y4" })).toBe("31350100M000100Y49");
  });
});
