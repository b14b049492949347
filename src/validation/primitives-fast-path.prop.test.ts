/**
 * For speed (bench/validate.bench.ts), IsoDateSchema wraps the one ISO-date parser in
 * src/_lib/iso-date.ts (character codes, no regex; tested there against an independent
 * reading) and UsccSchema accepts a valid code without building parseUscc's result. Both
 * schemas must give exactly the answers of the definitions: `isIsoDate` from src/dates and
 * `isValidUscc` from src/identifiers.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { isIsoDate } from "../dates";
import { IsoDateSchema, UsccSchema } from "../entities";
import { isValidUscc } from "../identifiers";
import { _usccCheckCharacter, USCC_ALPHABET } from "../identifiers/uscc-checksum";

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

describe("IsoDateSchema agrees with isIsoDate", () => {
  test("every month 00–19 and day 00–39 of century, leap and edge years", () => {
    for (const year of [0, 1, 4, 100, 400, 1900, 1970, 2000, 2023, 2024, 2025, 2026, 2100, 2400, 9996, 9999]) {
      for (let month = 0; month < 20; month++) {
        for (let day = 0; day < 40; day++) {
          const s = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          if (IsoDateSchema.safeParse(s).success !== isIsoDate(s)) throw new Error(`disagree on ${s}`);
        }
      }
    }
    // The edges the plan's dates touch: Feb 29 in leap and common years, the end of a half-year.
    expect(IsoDateSchema.safeParse("2024-02-29").success).toBe(true);
    expect(IsoDateSchema.safeParse("2025-02-29").success).toBe(false);
    expect(IsoDateSchema.safeParse("2000-02-29").success).toBe(true);
    expect(IsoDateSchema.safeParse("1900-02-29").success).toBe(false);
    expect(IsoDateSchema.safeParse("2024-06-30").success).toBe(true);
    expect(IsoDateSchema.safeParse("2024-06-31").success).toBe(false);
    expect(IsoDateSchema.safeParse("0000-01-01").success).toBe(false);
  });

  test("date-shaped strings with any characters in any place", () => {
    const char = fc.constantFrom(..."0123456789-/ .+eE\u0660\uff10x");
    const shaped = fc.array(char, { minLength: 8, maxLength: 12 }).map((cs) => cs.join(""));
    const nearDate = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom("-", "/", "", " -"))
      .map(([y, m, d, sep]) => `${pad(y, 4)}${sep}${pad(m, 2)}${sep}${pad(d, 2)}`);
    fc.assert(
      fc.property(fc.oneof(shaped, nearDate, fc.string({ maxLength: 12 })), (s) => {
        if (IsoDateSchema.safeParse(s).success !== isIsoDate(s)) throw new Error(`schema disagrees on ${JSON.stringify(s)}`);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe("UsccSchema agrees with isValidUscc", () => {
  test("the standard's own example, a wrong check character, lower case, a bad letter", () => {
    for (const code of ["91350100M000100Y43", "91350100M000100Y44", "91350100m000100Y43", "91350100M000100O43", "91350100M000100Y4", ""]) {
      expect(UsccSchema.safeParse(code).success).toBe(isValidUscc(code));
    }
    expect(UsccSchema.safeParse("91350100M000100Y43").success).toBe(true);
  });

  test("random codes, half of them with the right check character", () => {
    // Mostly code symbols, so that many bodies are well-formed and the fixed ones valid.
    const symbol = fc.oneof({ arbitrary: fc.constantFrom(...USCC_ALPHABET), weight: 60 }, { arbitrary: fc.constantFrom(..."IOSVZaz -"), weight: 1 });
    const code = fc.tuple(fc.array(symbol, { minLength: 16, maxLength: 18 }), fc.boolean(), symbol).map(([chars, fix, last]) => {
      const body = chars.join("").slice(0, 17);
      return body + (fix ? (_usccCheckCharacter(body) ?? last) : last);
    });
    fc.assert(
      fc.property(code, (s) => {
        if (UsccSchema.safeParse(s).success !== isValidUscc(s)) throw new Error(`disagree on ${JSON.stringify(s)}`);
      }),
      { numRuns: 20_000 },
    );
  });
});
