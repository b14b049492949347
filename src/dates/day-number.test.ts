import { thrown } from "../../test/_thrown";
import { _FIRST_DAY, _LAST_DAY } from "./day-number";
import { describe, expect, it } from "vitest";
import {
  assertIsoDate,
  compareDates,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  InvalidDateError,
  isIsoDate,
  isLeapYear,
  isoWeekday,
  toDayNumber,
} from "./index";


const NOT_DATES: unknown[] = [
  "2025-02-30", // no such day
  "2025-02-29", // 2025 is no leap year
  "2025-13-01", // no month 13
  "2025-00-10",
  "2025-01-00",
  "0000-01-01", // no year 0
  " 2025-01-01", // padding
  "2025-01-01 ",
  "2025-01-01\n",
  "2025-1-1",
  "20250101",
  "2025/01/01",
  "2025-01-01T00:00:00Z",
  "+2025-01-01",
  "２０２５-01-01", // full-width digits
  "",
  20250101,
  0,
  Number.NaN,
  new Date(Date.UTC(2025, 0, 1)),
  null,
  undefined,
  {},
  ["2025-01-01"],
];

describe("isIsoDate / toDayNumber / assertIsoDate", () => {
  it.each(NOT_DATES.map((v) => [v]))("rejects %o", (value) => {
    expect(isIsoDate(value)).toBe(false);
    for (const f of [() => toDayNumber(value as string), () => assertIsoDate(value)]) {
      const e = thrown(f);
      expect(e).toBeInstanceOf(InvalidDateError);
      expect(e).toBeInstanceOf(TypeError);
      const err = e as InvalidDateError;
      expect(err.name).toBe("InvalidDateError");
      expect(err.code).toBe("invalid_date");
      expect(err.value).toBe(value);
      expect(err.messageZh).toMatch(/无效/);
    }
  });

  it("says why a Date object is refused", () => {
    const e = thrown(() => toDayNumber(new Date(Date.UTC(2025, 0, 1)) as unknown as string)) as InvalidDateError;
    expect(e.message).toContain("Date objects are not accepted");
  });

  it.each(["2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31", "1970-01-01", "2026-12-31"])("accepts %s", (d) => {
    expect(isIsoDate(d)).toBe(true);
    expect(assertIsoDate(d)).toBe(d);
  });

  it("rejects 1900-02-29 and 2100-02-29 (century years that are not leap years)", () => {
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(isIsoDate("2100-02-29")).toBe(false);
  });
});

describe("day numbers", () => {
  it.each([
    ["1970-01-01", 0],
    ["1970-01-02", 1],
    ["1969-12-31", -1],
    ["2000-03-01", 11017], // 30 years × 365 + 7 leap days (72…96) + 31 + 29
    ["2024-02-29", 19782],
    ["0001-01-01", -719162],
    ["9999-12-31", 2932896],
  ] as const)("%s is day %i", (d, n) => {
    expect(toDayNumber(d)).toBe(n);
    expect(fromDayNumber(n)).toBe(d);
  });

  it("fromDayNumber rejects non-integers and days outside 0001–9999", () => {
    for (const n of [0.5, Number.NaN, Number.POSITIVE_INFINITY, -719163, 2932897]) {
      const e = thrown(() => fromDayNumber(n)) as InvalidDateError;
      expect(e).toBeInstanceOf(InvalidDateError);
      expect(e.value).toBe(n);
    }
  });
});

describe("calendar helpers", () => {
  it("isLeapYear follows the Gregorian rule", () => {
    expect([1900, 2000, 2023, 2024, 2100, 2400].map(isLeapYear)).toEqual([false, true, false, true, false, true]);
  });

  it("daysInMonth knows February in leap years and rejects month 13", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2025, 12)).toBe(31);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(() => daysInMonth(2025, 13)).toThrow(InvalidDateError);
    expect(() => daysInMonth(2025, 0)).toThrow(InvalidDateError);
  });

  it("isoWeekday: 1 = Monday … 7 = Sunday", () => {
    expect(isoWeekday("1970-01-01")).toBe(4); // a Thursday
    expect(isoWeekday("2026-02-14")).toBe(6);
    expect(isoWeekday("2026-02-15")).toBe(7);
    expect(isoWeekday("2026-02-16")).toBe(1);
    expect(isoWeekday("1969-12-29")).toBe(1);
    expect(isoWeekday("0001-01-01")).toBe(1); // proleptic Gregorian
  });

  it("compareDates and daysBetween", () => {
    expect(compareDates("2024-02-28", "2024-03-01")).toBeLessThan(0);
    expect(compareDates("2024-03-01", "2024-03-01")).toBe(0);
    expect(["2026-01-02", "2025-12-31", "2026-01-01"].sort(compareDates)).toEqual(["2025-12-31", "2026-01-01", "2026-01-02"]);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2025-02-28", "2025-03-01")).toBe(1);
    expect(daysBetween("2026-03-01", "2026-02-01")).toBe(-28);
    expect(() => compareDates("2024-02-30", "2024-03-01")).toThrow(InvalidDateError);
  });
});

describe("the representable range", () => {
  it("_FIRST_DAY and _LAST_DAY name 0001-01-01 and 9999-12-31", () => {
    expect(fromDayNumber(_FIRST_DAY)).toBe("0001-01-01");
    expect(fromDayNumber(_LAST_DAY)).toBe("9999-12-31");
    expect(() => fromDayNumber(_FIRST_DAY - 1)).toThrow(InvalidDateError);
    expect(() => fromDayNumber(_LAST_DAY + 1)).toThrow(InvalidDateError);
  });
});
