/**
 * The dates module's errors say what was wrong, and its edges are where the calendar says:
 * the Gregorian leap day of a year divisible by 400, the last representable day
 * 9999-12-31, periods that leave years 0001–9999, amounts that are not whole numbers.
 */
import { describe, expect, it } from "vitest";
import { _addYearsToDayNumber } from "./add-period";
import { _FIRST_DAY, _LAST_DAY } from "./day-number";
import { addDays, addPeriod, daysInMonth, fromDayNumber, halfYearsOverlapping, InvalidDateError, isoWeekOf, toDayNumber } from "./index";

/** The InvalidDateError thrown by `f`. */
function invalid(f: () => unknown): InvalidDateError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidDateError);
    return e as InvalidDateError;
  }
  throw new Error("did not throw");
}

describe("InvalidDateError: what was received, and why, in both languages", () => {
  it("says why a value is not a date", () => {
    expect(invalid(() => toDayNumber(new Date(0) as never)).params.detail).toBe("Date objects are not accepted; pass a YYYY-MM-DD string");
    expect(invalid(() => toDayNumber(null as never)).params.detail).toBe("got null");
    expect(invalid(() => toDayNumber(20260101 as never)).params.detail).toBe("got number");
    expect(invalid(() => toDayNumber("2026-1-1")).params.detail).toBe("not of the form YYYY-MM-DD");
    expect(invalid(() => toDayNumber("2025-02-29")).params.detail).toBe("no such day in the calendar"); // 2025 is a common year
  });

  it("words the message from the tables, with and without a reason", () => {
    const e = invalid(() => toDayNumber("2025-02-30"));
    expect(e.message).toBe('"2025-02-30" is not a calendar date YYYY-MM-DD (no such day in the calendar).');
    expect(e.messageZh).toBe('日期"2025-02-30"无效，应为 YYYY-MM-DD 格式的公历日期（no such day in the calendar）。');
    const bare = new InvalidDateError("x");
    expect(bare.params).toStrictEqual({ received: "x" });
    expect("detail" in bare.params).toBe(false);
    expect(bare.message).toBe('"x" is not a calendar date YYYY-MM-DD.');
    expect(bare.messageZh).toBe('日期"x"无效，应为 YYYY-MM-DD 格式的公历日期。');
  });

  it("keeps at most 40 characters of a string received, and describes other values", () => {
    const forty = "x".repeat(40);
    expect(new InvalidDateError(forty).params.received).toBe(forty);
    expect(new InvalidDateError(`${forty}y`).params.received).toBe(`${forty}…`);
    expect(new InvalidDateError(`${forty}y`).value).toBe(`${forty}y`);
    expect(new InvalidDateError(12).params.received).toBe("12");
  });

  it("names the bad month and day number", () => {
    expect(invalid(() => daysInMonth(2026, 13)).params.detail).toBe("month must be a whole number 1–12");
    expect(invalid(() => fromDayNumber(1.5)).params.detail).toBe("not an integer day number");
    expect(invalid(() => fromDayNumber(_LAST_DAY + 1)).params.detail).toBe("outside years 0001–9999");
    expect(invalid(() => fromDayNumber(_FIRST_DAY - 1)).params.detail).toBe("outside years 0001–9999");
  });
});

describe("Gregorian edges", () => {
  it("the leap day of a year divisible by 400, and its neighbours, round-trip (the last day of a 400-year cycle)", () => {
    for (const d of ["1600-02-29", "2000-02-28", "2000-02-29", "2000-03-01", "2400-02-29", "2400-03-01"]) expect(fromDayNumber(toDayNumber(d))).toBe(d);
    expect(toDayNumber("2000-03-01") - toDayNumber("2000-02-28")).toBe(2);
  });

  it("9999-12-31 is the last day: a day or a period past it is an error naming the start date", () => {
    expect(addDays("9999-12-30", 1)).toBe("9999-12-31");
    const e = invalid(() => addDays("9999-12-31", 1));
    expect([e.value, e.params.detail]).toEqual(["9999-12-31", "the period leaves years 0001–9999"]);
    expect(addPeriod("9998-12-31", { years: 1 })).toBe("9999-12-31");
    expect(addPeriod("0002-01-01", { years: -1 })).toBe("0001-01-01");
    for (const [date, period] of [
      ["9999-06-01", { years: 1 }],
      ["9999-12-01", { months: 1 }],
      ["0001-06-01", { years: -1 }],
      ["0001-01-15", { months: -1 }],
    ] as const) {
      const err = invalid(() => addPeriod(date, period));
      expect([err.value, err.params.detail]).toEqual([date, "the period leaves years 0001–9999"]);
    }
    // Years and months first (Art. 202), then days: a step through year 0000 or 10000 has no date to land on.
    expect(invalid(() => addPeriod("0001-06-01", { years: -1, days: 400 })).params.detail).toBe("the period leaves years 0001–9999");
    expect(invalid(() => addPeriod("9999-06-01", { months: 12, days: -400 })).params.detail).toBe("the period leaves years 0001–9999");
    // The week of 9999-12-31 (a Friday) ends on a Sunday no date can name.
    const w = invalid(() => isoWeekOf("9999-12-31"));
    expect([w.value, w.params.detail]).toEqual(["9999-12-31", "its ISO week ends after 9999-12-31"]);
    expect(isoWeekOf("9999-12-26").end).toBe("9999-12-26");
    const y = invalid(() => _addYearsToDayNumber(toDayNumber("9999-03-01"), 1));
    expect([y.value, y.params.detail]).toEqual(["9999-03-01", "the period leaves years 0001–9999"]);
  });

  it("an amount that is not a whole number is named", () => {
    for (const name of ["years", "months", "days"] as const) {
      const e = invalid(() => addPeriod("2026-01-01", { [name]: 1.5 }));
      expect([e.value, e.params.detail]).toEqual([1.5, `period ${name} must be a whole number`]);
      expect(invalid(() => addPeriod("2026-01-01", { [name]: "1" as never })).params.detail).toBe(`period ${name} must be a whole number`);
    }
    expect(invalid(() => addDays("2026-01-01", 0.5)).params.detail).toBe("period days must be a whole number");
  });

  it("a missing period adds nothing (a JavaScript caller without one)", () => {
    expect(addPeriod("2024-02-29", undefined as never)).toBe("2024-02-29");
    expect(addPeriod("2024-02-29", {})).toBe("2024-02-29");
  });

  it("a one-day range lies in one half-year", () => {
    expect(halfYearsOverlapping("2026-03-01", "2026-03-01").map((h) => h.id)).toEqual(["2026-H1"]);
    expect(halfYearsOverlapping("2026-03-02", "2026-03-01")).toEqual([]);
  });
});
