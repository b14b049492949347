import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber, toDayNumber } from "../dates";
import { chinaCalendar } from "./china-calendar";
import { createWorkCalendar } from "./create-work-calendar";
import { _missingWorkingDays } from "./missing-working-days";
import type { WorkCalendar } from "./types";

const d = toDayNumber;

/** The same calendar behind its public methods only (no rank index): the generic path. */
const foreign: WorkCalendar = {
  id: "foreign",
  coverage: chinaCalendar.coverage,
  isWorkingDay: (x) => chinaCalendar.isWorkingDay(x),
  addWorkingDays: (x, n) => chinaCalendar.addWorkingDays(x, n),
  countWorkingDays: (a, b) => chinaCalendar.countWorkingDays(a, b),
  nextWorkingDay: (x) => chinaCalendar.nextWorkingDay(x),
};

describe("_missingWorkingDays", () => {
  // 国办发明电〔2025〕7号: 端午节 6月19日（周五）至21日（周日）放假; 2026-06-15 is a Monday.
  it.each([chinaCalendar, foreign])("lists the working days of a week without records ($id)", (cal) => {
    expect(_missingWorkingDays(cal, d("2026-06-15"), d("2026-06-21"), [])).toEqual(["2026-06-15", "2026-06-16", "2026-06-17", "2026-06-18"]);
  });

  it.each([chinaCalendar, foreign])("skips the recorded days, and ignores recorded rest days and days outside the range ($id)", (cal) => {
    const recorded = [d("2026-06-17"), d("2026-06-15"), d("2026-06-20"), d("2026-06-30"), d("2026-06-01")];
    expect(_missingWorkingDays(cal, d("2026-06-15"), d("2026-06-21"), recorded)).toEqual(["2026-06-16", "2026-06-18"]);
  });

  it.each([chinaCalendar, foreign])("counts a working Saturday and skips the Spring Festival (2026-02-14 works, 02-15..23 off) ($id)", (cal) => {
    expect(_missingWorkingDays(cal, d("2026-02-13"), d("2026-02-24"), [d("2026-02-13")])).toEqual(["2026-02-14", "2026-02-24"]);
  });

  it("is empty for an empty range or a range of rest days", () => {
    expect(_missingWorkingDays(chinaCalendar, d("2026-06-21"), d("2026-06-20"), [])).toEqual([]);
    expect(_missingWorkingDays(foreign, d("2026-10-01"), d("2026-10-07"), [])).toEqual([]);
    expect(_missingWorkingDays(chinaCalendar, d("2026-10-01"), d("2026-10-07"), [])).toEqual([]);
  });

  it("works at the edges of the coverage", () => {
    const cal = createWorkCalendar({ id: "weekdays", years: [{ year: 2030, offDays: [], workingWeekendDays: [], source: { title: "test", publishedOn: "2029-11-01" } }] });
    // 2030-01-01 is a Tuesday, 2030-12-31 a Tuesday.
    expect(_missingWorkingDays(cal, d("2030-01-01"), d("2030-01-06"), [d("2030-01-02")])).toEqual(["2030-01-01", "2030-01-03", "2030-01-04"]);
    expect(_missingWorkingDays(cal, d("2030-12-28"), d("2030-12-31"), [])).toEqual(["2030-12-30", "2030-12-31"]);
  });

  it("equals the day-by-day difference on random ranges and records, on both paths", () => {
    const lo0 = d(chinaCalendar.coverage.start);
    const hi0 = d(chinaCalendar.coverage.end);
    fc.assert(
      fc.property(
        fc.integer({ min: lo0, max: hi0 }),
        fc.integer({ min: 0, max: 120 }),
        fc.array(fc.integer({ min: -10, max: 130 }), { maxLength: 80 }),
        (a, len, offsets) => {
          const b = Math.min(hi0, a + len);
          const recorded = offsets.map((o) => a + o).filter((x) => x >= lo0 && x <= hi0);
          const set = new Set(recorded);
          const expected: string[] = [];
          for (let n = a; n <= b; n++) if (!set.has(n) && chinaCalendar.isWorkingDay(fromDayNumber(n))) expected.push(fromDayNumber(n));
          expect(_missingWorkingDays(chinaCalendar, a, b, recorded)).toEqual(expected);
          expect(_missingWorkingDays(foreign, a, b, recorded)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
