import { thrown } from "../../test/_thrown";
import { describe, expect, it } from "vitest";
import {
  CalendarCoverageError,
  CalendarDataError,
  chinaCalendar,
  chinaCalendarYear2026,
  chinaCalendarYears,
  createWorkCalendar,
  extendCalendar,
  type CalendarDataErrorCode,
  type CalendarYearData,
} from "./index";

/**
 * MADE-UP TEST DATA — NOT the official 2027 calendar (no 2027 notice is published, FACTS
 * §4). 2027-01-01 is a Friday. Days off: 01-01 (Fri), 02-08..02-12 (Mon–Fri), 10-01..10-07
 * (Fri–Thu); working Saturdays: 02-06 and 10-09.
 */
const TEST_ONLY_2027: CalendarYearData = {
  year: 2027,
  offDays: [
    "2027-01-01",
    "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11", "2027-02-12",
    "2027-10-01", "2027-10-02", "2027-10-03", "2027-10-04", "2027-10-05", "2027-10-06", "2027-10-07",
  ],
  workingWeekendDays: ["2027-02-06", "2027-10-09"],
  source: { title: "TEST DATA — not a real notice", publishedOn: "2026-11-01" },
};


function expectDataError(f: () => unknown, code: CalendarDataErrorCode, date?: unknown): CalendarDataError {
  const e = thrown(f);
  expect(e).toBeInstanceOf(CalendarDataError);
  const err = e as CalendarDataError;
  expect(err.name).toBe("CalendarDataError");
  expect(err.code).toBe(code);
  if (date !== undefined) {
    expect(err.date).toEqual(date);
    expect(err.message).toContain(String(date));
    expect(err.messageZh).toContain(String(date));
  }
  expect(err.messageZh.length).toBeGreaterThan(0);
  return err;
}

const with2027 = (changes: Partial<CalendarYearData>): CalendarYearData => ({ ...TEST_ONLY_2027, ...changes });

describe("extendCalendar with a made-up 2027 (test data)", () => {
  const extended = extendCalendar(chinaCalendar, TEST_ONLY_2027);

  it("returns a new calendar covering 2023–2027 and leaves the old one unchanged", () => {
    expect(extended).not.toBe(chinaCalendar);
    expect(extended.id).toBe("cn-state-council");
    expect(extended.coverage).toEqual({ start: "2023-01-01", end: "2027-12-31" });
    expect(extended.years.map((y) => y.year)).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(chinaCalendar.coverage.end).toBe("2026-12-31");
    expect(() => chinaCalendar.isWorkingDay("2027-10-01")).toThrow(CalendarCoverageError);
    expect(Object.isFrozen(extended)).toBe(true);
    expect(Object.isFrozen(extended.years[4])).toBe(true);
    expect(Object.isFrozen(extended.years[4]!.offDays)).toBe(true);
  });

  it("answers for 2027 from the added data", () => {
    expect(extended.isWorkingDay("2027-10-01")).toBe(false);
    expect(extended.isWorkingDay("2027-10-08")).toBe(true); // a Friday not listed
    expect(extended.isWorkingDay("2027-10-09")).toBe(true); // working Saturday
    expect(extended.isWorkingDay("2027-10-10")).toBe(false); // a Sunday
    expect(extended.nextWorkingDay("2026-12-31")).toBe("2027-01-04");
    expect(extended.addWorkingDays("2027-02-05", 1)).toBe("2027-02-06");
    expect(extended.addWorkingDays("2027-02-06", 1)).toBe("2027-02-15");
    expect(extended.addWorkingDays("2027-01-04", -1)).toBe("2026-12-31");
    // 2027: 261 weekdays − 11 weekdays off + 2 working Saturdays.
    expect(extended.countWorkingDays("2026-12-31", "2027-12-31")).toBe(252);
    // The old years are unchanged.
    expect(extended.countWorkingDays("2025-12-31", "2026-12-31")).toBe(248);
    expect(extended.nextWorkingDay("2026-02-14")).toBe("2026-02-24");
    expect(() => extended.isWorkingDay("2028-01-01")).toThrow(CalendarCoverageError);
  });

  it("can set a new id", () => {
    expect(extendCalendar(chinaCalendar, TEST_ONLY_2027, { id: "cn-with-2027-draft" }).id).toBe("cn-with-2027-draft");
  });

  it("copies the year data, so later changes to the caller's object change nothing", () => {
    const mutable = { ...TEST_ONLY_2027, offDays: [...TEST_ONLY_2027.offDays] };
    const cal = extendCalendar(chinaCalendar, mutable);
    mutable.offDays.push("2027-10-08");
    expect(cal.isWorkingDay("2027-10-08")).toBe(true);
    expect(cal.years[4]!.offDays).not.toContain("2027-10-08");
  });

  it("applies a date the new notice lists in the previous December (as 2022-12-31 in the 2023 notice)", () => {
    const spill = with2027({ offDays: ["2026-12-31", ...TEST_ONLY_2027.offDays] });
    const cal = extendCalendar(chinaCalendar, spill);
    expect(chinaCalendar.isWorkingDay("2026-12-31")).toBe(true);
    expect(cal.isWorkingDay("2026-12-31")).toBe(false);
    expect(cal.nextWorkingDay("2026-12-30")).toBe("2027-01-04");
    expect(cal.countWorkingDays("2025-12-31", "2026-12-31")).toBe(247);
  });

  it("prepends the year before the coverage", () => {
    // MADE-UP TEST DATA for 2022: only New Year's Day (Saturday 2022-01-01) and Monday 01-03 off.
    const test2022: CalendarYearData = {
      year: 2022,
      offDays: ["2022-01-01", "2022-01-03"],
      workingWeekendDays: [],
      source: { title: "TEST DATA — not a real notice", publishedOn: "2021-10-25" },
    };
    const cal = extendCalendar(chinaCalendar, test2022);
    expect(cal.coverage).toEqual({ start: "2022-01-01", end: "2026-12-31" });
    expect(cal.isWorkingDay("2022-01-03")).toBe(false);
    expect(cal.isWorkingDay("2022-01-04")).toBe(true);
    // The 2023 notice's 2022-12-31 (a Saturday) now falls inside the coverage: off.
    expect(cal.isWorkingDay("2022-12-31")).toBe(false);
    expect(cal.addWorkingDays("2023-01-03", -1)).toBe("2022-12-30");
  });
});

describe("extendCalendar validation (made-up 2027 test data with one error each)", () => {
  it("rejects a date outside the year", () => {
    expectDataError(() => extendCalendar(chinaCalendar, with2027({ offDays: ["2027-01-01", "2028-01-01"] })), "outside_year", "2028-01-01");
    expectDataError(() => extendCalendar(chinaCalendar, with2027({ workingWeekendDays: ["2026-10-10"] })), "outside_year", "2026-10-10");
  });

  it("allows the last 7 days of the previous December, not earlier", () => {
    expect(() => extendCalendar(chinaCalendar, with2027({ offDays: ["2026-12-25"] }))).not.toThrow();
    expectDataError(() => extendCalendar(chinaCalendar, with2027({ offDays: ["2026-12-24"] })), "outside_year", "2026-12-24");
  });

  it("rejects a working weekend day that is not a weekend day", () => {
    const e = expectDataError(() => extendCalendar(chinaCalendar, with2027({ workingWeekendDays: ["2027-10-11"] })), "not_weekend", "2027-10-11");
    expect(e.year).toBe(2027);
  });

  it("rejects a date both off and working", () => {
    expectDataError(
      () => extendCalendar(chinaCalendar, with2027({ offDays: [...TEST_ONLY_2027.offDays, "2027-10-09"] })),
      "off_and_working",
      "2027-10-09",
    );
  });

  it("rejects a date listed twice", () => {
    expectDataError(() => extendCalendar(chinaCalendar, with2027({ offDays: ["2027-01-01", "2027-01-01"] })), "duplicate_date", "2027-01-01");
  });

  it("rejects what is not a date", () => {
    expectDataError(() => extendCalendar(chinaCalendar, with2027({ offDays: ["2027-02-30"] })), "invalid_date", "2027-02-30");
    expectDataError(() => extendCalendar(chinaCalendar, with2027({ offDays: ["2027-2-3"] })), "invalid_date", "2027-2-3");
    expectDataError(() => extendCalendar(chinaCalendar, with2027({ offDays: "2027-01-01" as unknown as string[] })), "invalid_date");
  });

  it("rejects a year that is not adjacent to the coverage", () => {
    expectDataError(() => extendCalendar(chinaCalendar, { ...TEST_ONLY_2027, year: 2028, offDays: [], workingWeekendDays: [] }), "not_adjacent");
    expectDataError(() => extendCalendar(chinaCalendar, { ...TEST_ONLY_2027, year: 2021, offDays: [], workingWeekendDays: [] }), "not_adjacent");
  });

  it("rejects a covered year unless asked to replace it", () => {
    expectDataError(() => extendCalendar(chinaCalendar, chinaCalendarYear2026), "duplicate_year");
  });

  it("rejects a year that is not a whole number 1–9999 and a source without title or date", () => {
    expectDataError(() => extendCalendar(chinaCalendar, with2027({ year: 2027.5 })), "invalid_year");
    expectDataError(() => extendCalendar(chinaCalendar, with2027({ source: { title: "", publishedOn: "2026-11-01" } })), "invalid_source");
    expectDataError(() => extendCalendar(chinaCalendar, with2027({ source: { title: "x", publishedOn: "2026-11-31" } })), "invalid_source");
  });
});

describe("replacing an amended year at run time", () => {
  it("replaces a covered year with { replace: true }", () => {
    // MADE-UP TEST AMENDMENT (as the 2020 Spring Festival was extended): 2026-02-24 also off.
    const amended: CalendarYearData = {
      ...chinaCalendarYear2026,
      offDays: [...chinaCalendarYear2026.offDays, "2026-02-24"],
      source: { ...chinaCalendarYear2026.source, title: "TEST AMENDMENT — not a real notice" },
    };
    const cal = extendCalendar(chinaCalendar, amended, { replace: true });
    expect(cal.coverage).toEqual(chinaCalendar.coverage);
    expect(cal.nextWorkingDay("2026-02-14")).toBe("2026-02-25");
    expect(chinaCalendar.nextWorkingDay("2026-02-14")).toBe("2026-02-24");
    expect(cal.countWorkingDays("2025-12-31", "2026-12-31")).toBe(247);
  });
});

describe("createWorkCalendar", () => {
  it("rebuilds the China calendar from its year data, in any order", () => {
    const cal = createWorkCalendar({ id: "copy", years: [...chinaCalendarYears].reverse() });
    expect(cal.coverage).toEqual({ start: "2023-01-01", end: "2026-12-31" });
    expect(cal.addWorkingDays("2026-04-30", 5)).toBe("2026-05-11");
    expect(cal.weekendDays).toEqual([6, 7]);
  });

  it("builds a unit's own six-day week (Sunday the only weekend day)", () => {
    const sundaysOnly = new Set(["2026-01-04", "2026-09-20"]); // the 2026 working Sundays
    const cal = createWorkCalendar({
      id: "unit-six-day-week",
      weekendDays: [7],
      years: [{ ...chinaCalendarYear2026, workingWeekendDays: chinaCalendarYear2026.workingWeekendDays.filter((d) => sundaysOnly.has(d)) }],
    });
    expect(cal.isWorkingDay("2026-03-07")).toBe(true); // a Saturday
    expect(cal.isWorkingDay("2026-03-08")).toBe(false); // a Sunday
    expect(cal.isWorkingDay("2026-09-20")).toBe(true); // a working Sunday
    expect(cal.isWorkingDay("2026-02-21")).toBe(false); // Spring Festival Saturday
    // Under a Sunday-only weekend, a Saturday is no "working weekend day".
    expectDataError(() => createWorkCalendar({ id: "x", weekendDays: [7], years: [chinaCalendarYear2026] }), "not_weekend", "2026-02-14");
  });

  it("requires contiguous, distinct years", () => {
    const y = (year: number): CalendarYearData => ({ year, offDays: [], workingWeekendDays: [], source: { title: "TEST DATA", publishedOn: "2020-01-01" } });
    expectDataError(() => createWorkCalendar({ id: "x", years: [y(2030), y(2032)] }), "not_contiguous");
    expectDataError(() => createWorkCalendar({ id: "x", years: [y(2030), y(2030)] }), "duplicate_year");
    expectDataError(() => createWorkCalendar({ id: "x", years: [] }), "no_years");
    expectDataError(() => createWorkCalendar({ id: "x", years: [y(0)] }), "invalid_year");
    expectDataError(() => createWorkCalendar({ id: "", years: [y(2030)] }), "invalid_id");
    expect(createWorkCalendar({ id: "x", years: [y(2031), y(2030)] }).coverage).toEqual({ start: "2030-01-01", end: "2031-12-31" });
  });

  it("rejects bad weekendDays", () => {
    const years = [chinaCalendarYear2026];
    for (const weekendDays of [[0], [8], [6, 6], [1, 2, 3, 4, 5, 6, 7], [6.5], "67"]) {
      expectDataError(() => createWorkCalendar({ id: "x", years, weekendDays: weekendDays as number[] }), "invalid_weekend_days");
    }
  });

  it("rejects a previous-December date that contradicts the previous year's own data", () => {
    // MADE-UP TEST DATA: 2030-12-29 is a Sunday; 2030 makes it a working day, 2031 a day off.
    // 2030-12-28 is a Saturday, 12-30 a Monday, 2031-01-01 a Wednesday.
    const src = { title: "TEST DATA", publishedOn: "2029-11-01" };
    const y2030: CalendarYearData = { year: 2030, offDays: [], workingWeekendDays: ["2030-12-29"], source: src };
    const y2031: CalendarYearData = { year: 2031, offDays: ["2030-12-29", "2030-12-30", "2030-12-31", "2031-01-01"], workingWeekendDays: [], source: src };
    expectDataError(() => createWorkCalendar({ id: "x", years: [y2030, y2031] }), "conflict", "2030-12-29");
    // Without the contradiction, the 2031 notice's December days apply to 2030.
    const ok = createWorkCalendar({ id: "x", years: [{ ...y2030, workingWeekendDays: ["2030-12-28"] }, y2031] });
    expect(ok.isWorkingDay("2030-12-28")).toBe(true);
    expect(ok.isWorkingDay("2030-12-30")).toBe(false); // a Monday
    expect(ok.isWorkingDay("2030-12-31")).toBe(false);
    expect(ok.nextWorkingDay("2030-12-28")).toBe("2031-01-02");
  });

  it("ignores a previous-December date when the previous year is not covered", () => {
    const cal = createWorkCalendar({ id: "from-2023", years: chinaCalendarYears });
    expect(cal.coverage.start).toBe("2023-01-01");
    expect(() => cal.isWorkingDay("2022-12-31")).toThrow(CalendarCoverageError);
  });
});
