import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidDateError, toDayNumber } from "../dates";
import { _dayOf } from "./day-of";

describe("_dayOf", () => {
  it("agrees with toDayNumber on known days", () => {
    expect(_dayOf("1970-01-01")).toBe(0);
    expect(_dayOf("2024-02-29")).toBe(toDayNumber("2024-02-29"));
    expect(_dayOf("0001-01-01")).toBe(toDayNumber("0001-01-01"));
    expect(_dayOf("9999-12-31")).toBe(toDayNumber("9999-12-31"));
  });
  it.each(["2025-02-29", "2026-13-01", "2026-00-10", "2026-01-00", "0000-01-01", "2026-1-01", "2026/01/01", " 2026-01-1", "２０２６-01-01", "2026-01-0a", "+026-01-01"])("rejects %s", (s) => {
    expect(() => _dayOf(s)).toThrow(InvalidDateError);
  });
  it("agrees with toDayNumber on any 10-character string (property)", () => {
    const chars = fc.constantFrom(..."0123456789-+ a".split(""));
    fc.assert(
      fc.property(fc.string({ unit: chars, minLength: 10, maxLength: 10 }), fc.integer({ min: -700000, max: 2900000 }), (s, n) => {
        const iso = new Date(n * 86400000).toISOString().slice(0, 10);
        expect(_dayOf(iso)).toBe(toDayNumber(iso));
        let a: unknown, b: unknown;
        try { a = _dayOf(s); } catch (e) { a = (e as Error).name; }
        try { b = toDayNumber(s); } catch (e) { b = (e as Error).name; }
        expect(a).toBe(b);
      }),
      { numRuns: 2000 },
    );
  });
});
