import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { _formatIsoDate, _hasIsoDateShape, _isoDateKey, _isoDateParts, _monthLength, isIsoDate, isLeapYear } from "./iso-date";

/**
 * An independent reading of "a real date YYYY-MM-DD": the shape by regular expression, the
 * day by the host's UTC calendar (Date.UTC) — which must give back the same year, month and
 * day.
 */
function oracle(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1) return false;
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const NOT_DATES: unknown[] = [
  "2025-02-30",
  "2025-02-29", // 2025 is no leap year
  "1900-02-29", // a century that is no leap year
  "2025-13-01",
  "2025-00-10",
  "2025-01-00",
  "2024-06-31",
  "0000-01-01", // no year 0
  " 2025-01-01",
  "2025-01-01 ",
  "2025-01-01\n",
  "2025-1-1",
  "20250101",
  "2025/01/01",
  "+025-01-01",
  "2025-01-0a",
  "２０２６-01-01", // full-width digits
  "\u0662025-01-01", // an Arabic-Indic digit
  "",
  20250101,
  null,
  undefined,
  new Date("2025-01-01"),
  {},
  ["2025-01-01"],
];

describe("isLeapYear", () => {
  it("follows the Gregorian rule", () => {
    expect([2024, 2000, 2400, 4, 1600].map(isLeapYear)).toEqual([true, true, true, true, true]);
    expect([2025, 1900, 2100, 1, 1700].map(isLeapYear)).toEqual([false, false, false, false, false]);
  });
});

describe("_monthLength", () => {
  it("knows each month's length, February by the leap rule", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => _monthLength(2025, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(_monthLength(2024, 2)).toBe(29);
    expect(_monthLength(1900, 2)).toBe(28);
    expect(_monthLength(2000, 2)).toBe(29);
  });
  it("is undefined for a month outside 1–12", () => {
    expect(_monthLength(2025, 0)).toBeUndefined();
    expect(_monthLength(2025, 13)).toBeUndefined();
    expect(_monthLength(2025, 1.5)).toBeUndefined();
  });
});

describe("isIsoDate", () => {
  it("accepts real dates, Feb 29 of leap years, the first and last day it can name", () => {
    for (const d of ["2024-02-29", "2000-02-29", "2026-06-30", "2026-12-31", "0001-01-01", "9999-12-31", "1970-01-01"]) expect(isIsoDate(d), d).toBe(true);
  });
  it.each(NOT_DATES.map((v) => [v]))("rejects %j", (v) => {
    expect(isIsoDate(v)).toBe(false);
  });
  it("agrees with the regex-and-Date.UTC reading on every month 00–19 and day 00–39 of edge years", () => {
    for (const year of [0, 1, 4, 100, 400, 1900, 1970, 2000, 2023, 2024, 2025, 2026, 2100, 2400, 9996, 9999]) {
      for (let month = 0; month < 20; month++) {
        for (let day = 0; day < 40; day++) {
          const s = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          if (isIsoDate(s) !== oracle(s)) throw new Error(`disagree on ${s}`);
        }
      }
    }
  });
  it("agrees with the regex-and-Date.UTC reading on date-like strings (property)", () => {
    const char = fc.constantFrom(..."0123456789-/ .+eE\u0660\uff10x");
    const shaped = fc.string({ unit: char, minLength: 8, maxLength: 12 });
    const nearDate = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom("-", "/", "", " -"))
      .map(([y, m, d, sep]) => `${String(y).padStart(4, "0")}${sep}${String(m).padStart(2, "0")}${sep}${String(d).padStart(2, "0")}`);
    fc.assert(
      fc.property(fc.oneof(shaped, nearDate, fc.string({ maxLength: 12 })), (s) => isIsoDate(s) === oracle(s)),
      { numRuns: 20_000 },
    );
  });
});

describe("_isoDateKey and _isoDateParts", () => {
  it("give the date's parts", () => {
    expect(_isoDateKey("2026-03-05")).toBe(20260305);
    expect(_isoDateKey("0001-01-01")).toBe(10101);
    expect(_isoDateParts("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(_isoDateParts("0001-12-31")).toEqual({ year: 1, month: 12, day: 31 });
  });
  it("are -1 / undefined for anything that is not a date", () => {
    for (const v of NOT_DATES) {
      expect(_isoDateKey(v)).toBe(-1);
      expect(_isoDateParts(v)).toBeUndefined();
    }
  });
  it("read back what the host's UTC calendar writes (property)", () => {
    // Days from 0001-01-01 to 9999-12-31, as milliseconds since 1970.
    fc.assert(
      fc.property(fc.integer({ min: -719162, max: 2932896 }), (n) => {
        const d = new Date(n * 86_400_000);
        const iso = `${String(d.getUTCFullYear()).padStart(4, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
        expect(_isoDateParts(iso)).toEqual({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
      }),
      { numRuns: 2000 },
    );
  });
});

describe("_hasIsoDateShape", () => {
  it("is the shape YYYY-MM-DD, whether or not the day exists", () => {
    for (const s of ["2025-02-30", "0000-00-00", "2025-13-99", "2024-02-29"]) expect(_hasIsoDateShape(s), s).toBe(true);
    for (const v of ["2025-2-30", " 2025-01-01", "2025/01/01", "２０２６-01-01", "2025-01-0a", "", 20250101, null, new Date(0)]) expect(_hasIsoDateShape(v)).toBe(false);
  });
  it("agrees with /^\\d{4}-\\d{2}-\\d{2}$/ (property)", () => {
    const char = fc.constantFrom(..."0123456789-x\u0660");
    fc.assert(fc.property(fc.string({ unit: char, minLength: 9, maxLength: 11 }), (s) => _hasIsoDateShape(s) === /^\d{4}-\d{2}-\d{2}$/.test(s)), { numRuns: 5000 });
  });
});

describe("_formatIsoDate", () => {
  it("zero-pads the parts", () => {
    expect(_formatIsoDate(2026, 3, 5)).toBe("2026-03-05");
    expect(_formatIsoDate(1, 1, 1)).toBe("0001-01-01");
    expect(_formatIsoDate(9999, 12, 31)).toBe("9999-12-31");
  });
});
