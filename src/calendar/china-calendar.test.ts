import { describe, expect, it } from "vitest";
import { fromDayNumber, InvalidDateError, toDayNumber } from "../dates";
import {
  CalendarCoverageError,
  chinaCalendar,
  chinaCalendarYears,
  chinaCalendarYear2023,
  chinaCalendarYear2024,
  chinaCalendarYear2025,
  chinaCalendarYear2026,
  InvalidWorkingDayCountError,
} from "./index";

/** Every date from `a` to `b`, both inclusive. */
function range(a: string, b: string): string[] {
  const out: string[] = [];
  for (let n = toDayNumber(a); n <= toDayNumber(b); n++) out.push(fromDayNumber(n));
  return out;
}

/**
 * FACTS.md §4, written out as FACTS gives it (ranges as ranges), independently of the data
 * files in ./data: the test compares the two.
 */
const FACTS = {
  2023: {
    documentNumber: "国办发明电〔2022〕16号",
    publishedOn: "2022-12-08",
    off: [
      "2022-12-31",
      ...range("2023-01-01", "2023-01-02"),
      ...range("2023-01-21", "2023-01-27"),
      "2023-04-05",
      ...range("2023-04-29", "2023-05-03"),
      ...range("2023-06-22", "2023-06-24"),
      ...range("2023-09-29", "2023-10-06"),
    ],
    working: ["2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07", "2023-10-08"],
    workingDays: 249,
  },
  2024: {
    documentNumber: "国办发明电〔2023〕7号",
    publishedOn: "2023-10-25",
    off: [
      "2024-01-01",
      ...range("2024-02-10", "2024-02-17"),
      ...range("2024-04-04", "2024-04-06"),
      ...range("2024-05-01", "2024-05-05"),
      "2024-06-10",
      ...range("2024-09-15", "2024-09-17"),
      ...range("2024-10-01", "2024-10-07"),
    ],
    working: ["2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12"],
    workingDays: 251,
  },
  2025: {
    documentNumber: "国办发明电〔2024〕12号",
    publishedOn: "2024-11-12",
    off: [
      "2025-01-01",
      ...range("2025-01-28", "2025-02-04"),
      ...range("2025-04-04", "2025-04-06"),
      ...range("2025-05-01", "2025-05-05"),
      ...range("2025-05-31", "2025-06-02"),
      ...range("2025-10-01", "2025-10-08"),
    ],
    working: ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"],
    workingDays: 248,
  },
  2026: {
    publishedOn: "2025-11-04",
    off: [
      ...range("2026-01-01", "2026-01-03"),
      ...range("2026-02-15", "2026-02-23"),
      ...range("2026-04-04", "2026-04-06"),
      ...range("2026-05-01", "2026-05-05"),
      ...range("2026-06-19", "2026-06-21"),
      ...range("2026-09-25", "2026-09-27"),
      ...range("2026-10-01", "2026-10-07"),
    ],
    working: ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
    workingDays: 248,
  },
} as const;

const YEARS = [2023, 2024, 2025, 2026] as const;

describe("chinaCalendar data (FACTS §4)", () => {
  it("holds one data file per notice, 2023–2026, with the notice's document number and date", () => {
    expect(chinaCalendarYears.map((y) => y.year)).toEqual([2023, 2024, 2025, 2026]);
    expect(chinaCalendarYears).toEqual([chinaCalendarYear2023, chinaCalendarYear2024, chinaCalendarYear2025, chinaCalendarYear2026]);
    for (const y of YEARS) {
      const data = chinaCalendarYears.find((d) => d.year === y)!;
      expect(data.source.publishedOn).toBe(FACTS[y].publishedOn);
      expect(data.source.title).toBe(`《国务院办公厅关于${y}年部分节假日安排的通知》`);
      if ("documentNumber" in FACTS[y]) expect(data.source.documentNumber).toBe((FACTS[y] as { documentNumber: string }).documentNumber);
      if (data.source.url !== undefined) expect(data.source.url).toMatch(/^https:\/\/www\.gov\.cn\//);
    }
  });

  it("lists exactly the days off and working weekend days of FACTS §4", () => {
    for (const y of YEARS) {
      const data = chinaCalendarYears.find((d) => d.year === y)!;
      expect([...data.offDays].sort()).toEqual([...FACTS[y].off].sort());
      expect([...data.workingWeekendDays].sort()).toEqual([...FACTS[y].working].sort());
    }
  });

  it("is frozen plain data", () => {
    expect(Object.isFrozen(chinaCalendarYears)).toBe(true);
    for (const y of chinaCalendarYears) {
      expect(Object.isFrozen(y)).toBe(true);
      expect(Object.isFrozen(y.offDays)).toBe(true);
      expect(Object.isFrozen(y.workingWeekendDays)).toBe(true);
      expect(Object.isFrozen(y.source)).toBe(true);
    }
    expect(Object.isFrozen(chinaCalendar)).toBe(true);
    expect(Object.isFrozen(chinaCalendar.coverage)).toBe(true);
    expect(JSON.parse(JSON.stringify(chinaCalendarYears))).toEqual(chinaCalendarYears);
  });
});

describe("chinaCalendar.isWorkingDay", () => {
  it("covers 2023-01-01 to 2026-12-31", () => {
    expect(chinaCalendar.id).toBe("cn-state-council");
    expect(chinaCalendar.coverage).toEqual({ start: "2023-01-01", end: "2026-12-31" });
  });

  it.each(YEARS)("counts %i's working days as FACTS §4 does", (y) => {
    const days = range(`${y}-01-01`, `${y}-12-31`);
    expect(days.filter((d) => chinaCalendar.isWorkingDay(d))).toHaveLength(FACTS[y].workingDays);
  });

  it.each(YEARS)("in %i: listed working weekend days work, listed days off rest, other weekends rest, other weekdays work", (y) => {
    const off = new Set<string>(FACTS[y].off);
    const working = new Set<string>(FACTS[y].working);
    for (const d of range(`${y}-01-01`, `${y}-12-31`)) {
      const weekday = ((toDayNumber(d) + 3) % 7) + 1; // 1970-01-01 was a Thursday
      const expected = working.has(d) || (!off.has(d) && weekday <= 5);
      expect([d, chinaCalendar.isWorkingDay(d)]).toEqual([d, expected]);
    }
    for (const d of FACTS[y].working) expect(chinaCalendar.isWorkingDay(d)).toBe(true);
    for (const d of FACTS[y].off.filter((d) => d.startsWith(String(y)))) expect(chinaCalendar.isWorkingDay(d)).toBe(false);
  });

  it("treats 2024-02-09 (New Year's Eve, only encouraged as a day off) as a working day", () => {
    expect(chinaCalendar.isWorkingDay("2024-02-09")).toBe(true);
  });

  it("rests through the 9-day 2026 Spring Festival between two working Saturdays", () => {
    expect(chinaCalendar.isWorkingDay("2026-02-14")).toBe(true);
    for (const d of range("2026-02-15", "2026-02-23")) expect(chinaCalendar.isWorkingDay(d)).toBe(false);
    expect(chinaCalendar.isWorkingDay("2026-02-24")).toBe(true);
    expect(chinaCalendar.isWorkingDay("2026-02-28")).toBe(true);
  });

  it("throws CalendarCoverageError outside 2023–2026, never guessing Monday–Friday", () => {
    for (const d of ["2022-12-31", "2022-12-30", "2027-01-01", "2027-10-01", "1999-06-01"]) {
      expect(() => chinaCalendar.isWorkingDay(d)).toThrow(CalendarCoverageError);
    }
  });

  it("throws InvalidDateError for what is not a date", () => {
    for (const d of ["2025-02-30", "2025-13-01", " 2025-01-01", "2025-1-1", "", 20250101, new Date(Date.UTC(2025, 0, 1)), null, undefined]) {
      expect(() => chinaCalendar.isWorkingDay(d as string)).toThrow(InvalidDateError);
    }
  });
});

describe("chinaCalendar.addWorkingDays", () => {
  it.each([
    // Labour Day 2026: 05-01..05-05 off, Saturday 05-09 works.
    ["2026-04-30", 5, "2026-05-11"],
    ["2026-04-30", 1, "2026-05-06"],
    ["2026-04-30", 4, "2026-05-09"],
    // 2026 Spring Festival: Saturday 02-14 works, then 02-15..02-23 off.
    ["2026-02-13", 1, "2026-02-14"],
    ["2026-02-14", 1, "2026-02-24"],
    ["2026-02-24", -1, "2026-02-14"],
    ["2026-02-20", -1, "2026-02-14"],
    ["2026-02-20", 1, "2026-02-24"],
    // National Day 2024: a change recorded on Monday 09-30 → 5 working days → Saturday 10-12 (调休上班).
    ["2024-09-30", 5, "2024-10-12"],
    ["2024-10-08", -1, "2024-09-30"],
    ["2024-10-08", -2, "2024-09-29"],
    // 2025 Spring Festival: Sunday 01-26 works, 01-28..02-04 off.
    ["2025-01-24", 3, "2025-02-05"],
    // Across New Year.
    ["2023-12-29", 1, "2024-01-02"],
    ["2024-01-02", -1, "2023-12-29"],
    ["2025-12-31", 1, "2026-01-04"],
    ["2023-01-01", 1, "2023-01-03"],
    // n = 0 returns the date itself, working or not.
    ["2026-02-15", 0, "2026-02-15"],
    ["2026-02-24", 0, "2026-02-24"],
  ] as const)("addWorkingDays(%s, %i) === %s", (d, n, expected) => {
    expect(chinaCalendar.addWorkingDays(d, n)).toBe(expected);
    expect(chinaCalendar.countWorkingDays(d, expected)).toBe(n);
  });

  it("throws CalendarCoverageError when the walk leaves the coverage", () => {
    const forward = (() => {
      try {
        chinaCalendar.addWorkingDays("2026-12-30", 5);
      } catch (e) {
        return e;
      }
    })();
    expect(forward).toBeInstanceOf(CalendarCoverageError);
    expect(forward).toMatchObject({ value: "2026-12-30", workingDays: 5, coverage: { start: "2023-01-01", end: "2026-12-31" } });
    expect(() => chinaCalendar.addWorkingDays("2026-12-31", 1)).toThrow(CalendarCoverageError);
    expect(() => chinaCalendar.addWorkingDays("2023-01-03", -1)).toThrow(CalendarCoverageError); // 01-01, 01-02 off; 2022 not covered
    expect(() => chinaCalendar.addWorkingDays("2023-06-01", 100_000)).toThrow(CalendarCoverageError);
    expect(() => chinaCalendar.addWorkingDays("2027-01-04", 0)).toThrow(CalendarCoverageError);
    expect(chinaCalendar.addWorkingDays("2026-12-30", 1)).toBe("2026-12-31");
    expect(chinaCalendar.addWorkingDays("2023-01-04", -1)).toBe("2023-01-03");
  });

  it("rejects a count that is not a whole number", () => {
    for (const n of [1.5, Number.NaN, Number.POSITIVE_INFINITY, "3", undefined, 2 ** 53]) {
      expect(() => chinaCalendar.addWorkingDays("2026-01-05", n as number)).toThrow(InvalidWorkingDayCountError);
    }
    const e = (() => {
      try {
        chinaCalendar.addWorkingDays("2026-01-05", 1.5);
      } catch (err) {
        return err as InvalidWorkingDayCountError;
      }
    })()!;
    expect(e).toBeInstanceOf(TypeError);
    expect(e.name).toBe("InvalidWorkingDayCountError");
    expect(e.value).toBe(1.5);
    expect(e.messageZh).toContain("1.5");
  });

  it("works when detached from the calendar object", () => {
    const { addWorkingDays } = chinaCalendar;
    expect(addWorkingDays("2026-04-30", 5)).toBe("2026-05-11");
  });
});

describe("chinaCalendar.nextWorkingDay", () => {
  it.each([
    ["2026-02-14", "2026-02-24"], // crosses the 9-day Spring Festival
    ["2026-02-13", "2026-02-14"], // a working Saturday
    ["2026-02-15", "2026-02-24"],
    ["2024-02-08", "2024-02-09"], // New Year's Eve 2024 works
    ["2024-02-09", "2024-02-18"], // 02-10..02-17 off, Sunday 02-18 works
    ["2023-09-28", "2023-10-07"], // 09-29..10-06 off, Saturday 10-07 works
    ["2025-09-30", "2025-10-09"], // 10-01..10-08 off
    ["2026-12-30", "2026-12-31"],
  ] as const)("nextWorkingDay(%s) === %s", (d, expected) => {
    expect(chinaCalendar.nextWorkingDay(d)).toBe(expected);
  });

  it("throws at the end of the coverage instead of guessing 2027", () => {
    expect(() => chinaCalendar.nextWorkingDay("2026-12-31")).toThrow(CalendarCoverageError);
  });
});

describe("chinaCalendar.countWorkingDays", () => {
  it("counts (from, to], so a whole year is counted from 31 December before", () => {
    expect(chinaCalendar.countWorkingDays("2025-12-31", "2026-12-31")).toBe(248);
    expect(chinaCalendar.countWorkingDays("2024-12-31", "2025-12-31")).toBe(248);
    expect(chinaCalendar.countWorkingDays("2023-12-31", "2024-12-31")).toBe(251);
    expect(chinaCalendar.countWorkingDays("2023-01-01", "2023-12-31")).toBe(249); // 2023-01-01 is off
    expect(chinaCalendar.countWorkingDays("2023-01-01", "2026-12-31")).toBe(249 + 251 + 248 + 248);
  });

  it("is 0 for the same day and for a run of rest days", () => {
    expect(chinaCalendar.countWorkingDays("2026-02-24", "2026-02-24")).toBe(0);
    expect(chinaCalendar.countWorkingDays("2026-02-14", "2026-02-23")).toBe(0);
    expect(chinaCalendar.countWorkingDays("2026-02-14", "2026-02-24")).toBe(1);
  });

  it("is negative backwards, counting [to, from): from never counts, to always does", () => {
    expect(chinaCalendar.countWorkingDays("2026-02-24", "2026-02-14")).toBe(-1);
    expect(chinaCalendar.countWorkingDays("2026-02-22", "2026-02-14")).toBe(-1);
    expect(chinaCalendar.countWorkingDays("2026-02-24", "2026-02-13")).toBe(-2);
    expect(chinaCalendar.countWorkingDays("2026-12-31", "2025-12-31")).toBe(-248);
  });

  it("throws CalendarCoverageError naming the date outside", () => {
    const e = (() => {
      try {
        chinaCalendar.countWorkingDays("2026-12-01", "2027-01-04");
      } catch (err) {
        return err as CalendarCoverageError;
      }
    })()!;
    expect(e).toBeInstanceOf(CalendarCoverageError);
    expect(e.value).toBe("2027-01-04");
    expect(() => chinaCalendar.countWorkingDays("2022-12-30", "2023-01-04")).toThrow(CalendarCoverageError);
  });
});

describe("CalendarCoverageError", () => {
  it("is a RangeError carrying the value, the coverage and messages in Chinese and English", () => {
    const e = (() => {
      try {
        chinaCalendar.isWorkingDay("2027-10-01");
      } catch (err) {
        return err as CalendarCoverageError;
      }
    })()!;
    expect(e).toBeInstanceOf(RangeError);
    expect(e).toBeInstanceOf(CalendarCoverageError);
    expect(e.name).toBe("CalendarCoverageError");
    expect(e.code).toBe("calendar_coverage");
    expect(e.value).toBe("2027-10-01");
    expect(e.calendarId).toBe("cn-state-council");
    expect(e.coverage).toEqual({ start: "2023-01-01", end: "2026-12-31" });
    expect(e.workingDays).toBeUndefined();
    expect(e.message).toContain("2027-10-01");
    expect(e.message).toContain("2026-12-31");
    expect(e.messageZh).toContain("2027-10-01");
    expect(e.messageZh).toMatch(/超出/);
  });
});
