import { thrown } from "../../test/_thrown";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { _addYearsToDayNumber } from "./add-period";
import { addDays, addPeriod, fromDayNumber, InvalidDateError, toDayNumber } from "./index";

describe("addPeriod (Civil Code Arts. 201–202)", () => {
  it.each([
    // Art. 202's own case (FACTS §3): no 29 February in 2026 → the last day of February.
    ["2024-02-29", { years: 2 }, "2026-02-28"],
    ["2024-02-29", { years: 4 }, "2028-02-29"],
    ["2024-02-29", { years: -1 }, "2023-02-28"],
    ["2024-02-29", { years: 1, days: 1 }, "2025-03-01"],
    ["2026-03-31", { months: -1 }, "2026-02-28"],
    ["2024-03-31", { months: -1 }, "2024-02-29"],
    ["2026-01-31", { months: 1 }, "2026-02-28"],
    ["2026-01-31", { months: 3 }, "2026-04-30"],
    ["2026-05-31", { months: -3 }, "2026-02-28"],
    ["2025-12-15", { months: 1 }, "2026-01-15"],
    ["2026-01-15", { months: -1 }, "2025-12-15"],
    ["2026-01-15", { months: -13 }, "2024-12-15"],
    ["2023-01-31", { years: 1, months: 1 }, "2024-02-29"], // 13 months at once, clamped once
    ["2025-08-31", { months: 6 }, "2026-02-28"], // a half-year
    ["2026-02-28", { months: -6 }, "2025-08-28"],
    // Days: the first day is not counted (Art. 201).
    ["2024-03-01", { days: 5 }, "2024-03-06"],
    ["2024-02-28", { days: 1 }, "2024-02-29"],
    ["2025-02-28", { days: 1 }, "2025-03-01"],
    ["2024-03-01", { days: -1 }, "2024-02-29"],
    ["2025-12-31", { days: 1 }, "2026-01-01"],
    ["2026-01-01", { days: -366 }, "2024-12-31"],
    // Nothing to add.
    ["2024-02-29", {}, "2024-02-29"],
    ["2024-02-29", { years: 0, months: 0, days: 0 }, "2024-02-29"],
  ] as const)("addPeriod(%s, %o) === %s", (date, period, expected) => {
    expect(addPeriod(date, period)).toBe(expected);
  });

  it("'within the last two years' as of 2026-02-28 starts 2024-02-28 (and as of 2026-03-01, 2024-03-01)", () => {
    expect(addPeriod("2026-02-28", { years: -2 })).toBe("2024-02-28");
    expect(addPeriod("2026-03-01", { years: -2 })).toBe("2024-03-01");
  });

  it("rejects an invalid date, fractional amounts, and results outside 0001–9999, naming the value", () => {
    for (const [date, period] of [
      ["2025-02-29", { days: 1 }],
      ["2025-02-30", {}],
      [" 2025-01-01", { months: 1 }],
    ] as const) {
      const e = thrown(() => addPeriod(date, period)) as InvalidDateError;
      expect(e).toBeInstanceOf(InvalidDateError);
      expect(e.value).toBe(date);
    }
    expect(() => addPeriod("2025-01-01", { months: 1.5 })).toThrow(InvalidDateError);
    expect(() => addPeriod("2025-01-01", { days: Number.NaN })).toThrow(InvalidDateError);
    expect(() => addPeriod("2025-01-01", { years: "1" as unknown as number })).toThrow(InvalidDateError);
    for (const [date, period] of [
      ["9999-12-31", { days: 1 }],
      ["9999-06-30", { years: 1 }],
      ["0001-01-01", { months: -1 }],
      ["0001-01-01", { days: -1 }],
    ] as const) {
      const e = thrown(() => addPeriod(date, period)) as InvalidDateError;
      expect(e).toBeInstanceOf(InvalidDateError);
      expect(e.value).toBe(date);
    }
  });
});

describe("addDays", () => {
  it("adds and subtracts whole days across month, year and leap-day edges", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-02-29", 1)).toBe("2024-03-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(addDays("2026-02-14", 10)).toBe("2026-02-24");
    expect(addDays("2026-02-14", 0)).toBe("2026-02-14");
    expect(() => addDays("2026-02-14", 0.5)).toThrow(InvalidDateError);
    expect(() => addDays("9999-12-31", 1)).toThrow(InvalidDateError);
    expect(() => addDays("2026-02-30", 1)).toThrow(InvalidDateError);
  });
});

describe("_addYearsToDayNumber (addPeriod's years on day numbers)", () => {
  const add = (date: string, years: number) => fromDayNumber(_addYearsToDayNumber(toDayNumber(date), years));
  it("keeps the day and month; 29 February clamps to 28 February in a common year (Civil Code Art. 202)", () => {
    expect(add("2026-06-30", -2)).toBe("2024-06-30");
    expect(add("2028-02-29", -2)).toBe("2026-02-28");
    expect(add("2024-02-29", 4)).toBe("2028-02-29");
    expect(add("2024-02-29", 1)).toBe("2025-02-28");
    expect(add("2025-03-01", -1)).toBe("2024-03-01");
  });
  it("throws InvalidDateError when the result leaves years 0001–9999, as addPeriod does", () => {
    expect(() => _addYearsToDayNumber(toDayNumber("9999-06-01"), 1)).toThrow(InvalidDateError);
    expect(() => _addYearsToDayNumber(toDayNumber("0001-06-01"), -1)).toThrow(InvalidDateError);
    expect(add("9998-12-31", 1)).toBe("9999-12-31");
  });
  it("equals addPeriod on random days and year counts", () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber("0001-01-01"), max: toDayNumber("9999-12-31") }), fc.integer({ min: -30, max: 30 }), (n, years) => {
        let expected: string | undefined;
        try {
          expected = addPeriod(fromDayNumber(n), { years });
        } catch (e) {
          expect(e).toBeInstanceOf(InvalidDateError);
        }
        if (expected === undefined) expect(() => _addYearsToDayNumber(n, years)).toThrow(InvalidDateError);
        else expect(fromDayNumber(_addYearsToDayNumber(n, years))).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
