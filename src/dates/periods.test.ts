import { describe, expect, it } from "vitest";
import { halfYearOf, halfYearsOverlapping, InvalidDateError, isoWeekOf, isoWeeksOverlapping, monthOf, monthsOverlapping } from "./index";

describe("halfYearOf", () => {
  it.each([
    ["2026-01-01", { id: "2026-H1", year: 2026, half: 1, start: "2026-01-01", end: "2026-06-30" }],
    ["2026-06-30", { id: "2026-H1", year: 2026, half: 1, start: "2026-01-01", end: "2026-06-30" }],
    ["2026-07-01", { id: "2026-H2", year: 2026, half: 2, start: "2026-07-01", end: "2026-12-31" }],
    ["2026-12-31", { id: "2026-H2", year: 2026, half: 2, start: "2026-07-01", end: "2026-12-31" }],
    ["2024-02-29", { id: "2024-H1", year: 2024, half: 1, start: "2024-01-01", end: "2024-06-30" }],
    ["0999-07-01", { id: "0999-H2", year: 999, half: 2, start: "0999-07-01", end: "0999-12-31" }],
  ] as const)("halfYearOf(%s)", (d, expected) => {
    expect(halfYearOf(d)).toEqual(expected);
  });

  it("rejects an invalid date", () => {
    expect(() => halfYearOf("2026-06-31")).toThrow(InvalidDateError);
  });
});

describe("isoWeekOf (ISO 8601: weeks start Monday; week 1 holds the year's first Thursday)", () => {
  it.each([
    ["2026-01-01", "2026-W01", "2025-12-29", "2026-01-04"], // Thursday: week 1 begins in 2025
    ["2025-12-29", "2026-W01", "2025-12-29", "2026-01-04"],
    ["2025-12-28", "2025-W52", "2025-12-22", "2025-12-28"],
    ["2021-01-03", "2020-W53", "2020-12-28", "2021-01-03"], // a Sunday in 2020's week 53
    ["2021-01-04", "2021-W01", "2021-01-04", "2021-01-10"],
    ["2020-12-31", "2020-W53", "2020-12-28", "2021-01-03"],
    ["2024-12-30", "2025-W01", "2024-12-30", "2025-01-05"],
    ["2027-01-01", "2026-W53", "2026-12-28", "2027-01-03"], // 2026 has 53 weeks (it starts on a Thursday)
    ["2023-01-01", "2022-W52", "2022-12-26", "2023-01-01"],
    ["2026-02-14", "2026-W07", "2026-02-09", "2026-02-15"],
    ["2024-02-29", "2024-W09", "2024-02-26", "2024-03-03"],
  ] as const)("isoWeekOf(%s) is %s, %s to %s", (d, id, start, end) => {
    expect(isoWeekOf(d)).toEqual({ id, start, end });
  });

  it("throws InvalidDateError naming the date when the week would end after 9999-12-31", () => {
    expect(isoWeekOf("9999-12-26").end).toBe("9999-12-26");
    const e = (() => {
      try {
        isoWeekOf("9999-12-31");
      } catch (err) {
        return err as InvalidDateError;
      }
    })()!;
    expect(e).toBeInstanceOf(InvalidDateError);
    expect(e.value).toBe("9999-12-31");
  });
});

describe("monthOf", () => {
  it.each([
    ["2024-02-10", { id: "2024-02", start: "2024-02-01", end: "2024-02-29" }],
    ["2024-02-29", { id: "2024-02", start: "2024-02-01", end: "2024-02-29" }],
    ["2000-02-01", { id: "2000-02", start: "2000-02-01", end: "2000-02-29" }],
    ["2025-02-28", { id: "2025-02", start: "2025-02-01", end: "2025-02-28" }],
    ["1900-02-15", { id: "1900-02", start: "1900-02-01", end: "1900-02-28" }],
    ["2026-12-31", { id: "2026-12", start: "2026-12-01", end: "2026-12-31" }],
    ["2026-04-01", { id: "2026-04", start: "2026-04-01", end: "2026-04-30" }],
  ] as const)("monthOf(%s)", (d, expected) => {
    expect(monthOf(d)).toEqual(expected);
  });
});

describe("periods overlapping a range", () => {
  it("lists ISO weeks, months and half-years in order", () => {
    expect(isoWeeksOverlapping("2026-01-01", "2026-01-12").map((w) => w.id)).toEqual(["2026-W01", "2026-W02", "2026-W03"]);
    expect(isoWeeksOverlapping("2020-12-31", "2021-01-04").map((w) => w.id)).toEqual(["2020-W53", "2021-W01"]);
    expect(monthsOverlapping("2024-01-31", "2024-03-01").map((m) => m.id)).toEqual(["2024-01", "2024-02", "2024-03"]);
    expect(monthsOverlapping("2024-02-29", "2024-02-29").map((m) => m.id)).toEqual(["2024-02"]);
    expect(halfYearsOverlapping("2025-05-01", "2026-01-01").map((h) => h.id)).toEqual(["2025-H1", "2025-H2", "2026-H1"]);
    expect(halfYearsOverlapping("2026-06-30", "2026-07-01").map((h) => h.id)).toEqual(["2026-H1", "2026-H2"]);
  });

  it("reaches the last representable month and half-year without stepping past 9999-12-31", () => {
    expect(monthsOverlapping("9999-11-15", "9999-12-31").map((m) => m.id)).toEqual(["9999-11", "9999-12"]);
    expect(halfYearsOverlapping("9999-06-30", "9999-12-31").map((h) => h.id)).toEqual(["9999-H1", "9999-H2"]);
    expect(monthsOverlapping("9999-12-31", "9999-12-31").map((m) => m.end)).toEqual(["9999-12-31"]);
  });
  it("is empty when from is after to", () => {
    expect(isoWeeksOverlapping("2026-03-31", "2026-03-01")).toEqual([]);
    expect(monthsOverlapping("2026-03-31", "2026-03-01")).toEqual([]);
    expect(halfYearsOverlapping("2026-06-30", "2026-01-01")).toEqual([]);
  });
});
