import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber, toDayNumber } from "../dates";
import { CalendarCoverageError, chinaCalendar, createWorkCalendar, type CalendarYearData, type WorkCalendar } from "./index";

/**
 * Oracles written from the definitions, stepping one day at a time (fine in a test; the
 * library never does this). They use only `isWorkingDay` and the coverage.
 */
function stepWorkingDays(cal: WorkCalendar, d: string, n: number): string | "out" {
  const lo = toDayNumber(cal.coverage.start);
  const hi = toDayNumber(cal.coverage.end);
  let day = toDayNumber(d);
  const step = Math.sign(n);
  for (let left = Math.abs(n); left > 0; ) {
    day += step;
    if (day < lo || day > hi) return "out";
    if (cal.isWorkingDay(fromDayNumber(day))) left--;
  }
  return fromDayNumber(day);
}

/** Working days in (from, to] when to ≥ from, minus those in [to, from) otherwise. */
function countByDefinition(cal: WorkCalendar, from: string, to: string): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  let count = 0;
  if (b >= a) for (let n = a + 1; n <= b; n++) count += cal.isWorkingDay(fromDayNumber(n)) ? 1 : 0;
  else for (let n = b; n < a; n++) count -= cal.isWorkingDay(fromDayNumber(n)) ? 1 : 0;
  return count;
}

/** The latest working day at or before d (undefined when none in coverage). */
function workingDayAtOrBefore(cal: WorkCalendar, d: string): string | undefined {
  for (let n = toDayNumber(d); n >= toDayNumber(cal.coverage.start); n--) if (cal.isWorkingDay(fromDayNumber(n))) return fromDayNumber(n);
  return undefined;
}

/** The earliest working day at or after d (undefined when none in coverage). */
function workingDayAtOrAfter(cal: WorkCalendar, d: string): string | undefined {
  for (let n = toDayNumber(d); n <= toDayNumber(cal.coverage.end); n++) if (cal.isWorkingDay(fromDayNumber(n))) return fromDayNumber(n);
  return undefined;
}

function tryAdd(cal: WorkCalendar, d: string, n: number): string | "out" {
  try {
    return cal.addWorkingDays(d, n);
  } catch (e) {
    if (e instanceof CalendarCoverageError) return "out";
    throw e;
  }
}

const START = toDayNumber("2023-01-01");
const END = toDayNumber("2026-12-31");
const coveredDate = fc.integer({ min: START, max: END }).map(fromDayNumber);
const count = fc.integer({ min: -400, max: 400 });
const params = { numRuns: 400 };

describe("chinaCalendar properties", () => {
  it("countWorkingDays(d, addWorkingDays(d, n)) === n", () => {
    fc.assert(
      fc.property(coveredDate, count, (d, n) => {
        const r = tryAdd(chinaCalendar, d, n);
        fc.pre(r !== "out");
        expect(chinaCalendar.countWorkingDays(d, r)).toBe(n);
      }),
      params,
    );
  });

  it("addWorkingDays agrees with stepping day by day, and throws exactly when the walk leaves coverage", () => {
    fc.assert(
      fc.property(coveredDate, count, (d, n) => {
        expect(tryAdd(chinaCalendar, d, n)).toBe(stepWorkingDays(chinaCalendar, d, n));
      }),
      params,
    );
  });

  it("countWorkingDays agrees with its definition", () => {
    fc.assert(
      fc.property(coveredDate, coveredDate, (a, b) => {
        expect(chinaCalendar.countWorkingDays(a, b)).toBe(countByDefinition(chinaCalendar, a, b));
      }),
      { numRuns: 200 },
    );
  });

  it("addWorkingDays is strictly increasing in n", () => {
    fc.assert(
      fc.property(coveredDate, count, count, (d, n, m) => {
        fc.pre(n !== m);
        const [lo, hi] = n < m ? [n, m] : [m, n];
        const a = tryAdd(chinaCalendar, d, lo);
        const b = tryAdd(chinaCalendar, d, hi);
        fc.pre(a !== "out" && b !== "out");
        expect(toDayNumber(a)).toBeLessThan(toDayNumber(b));
      }),
      params,
    );
  });

  it("a non-zero addition lands on a working day; n = 0 returns d", () => {
    fc.assert(
      fc.property(coveredDate, count, (d, n) => {
        const r = tryAdd(chinaCalendar, d, n);
        fc.pre(r !== "out");
        if (n === 0) expect(r).toBe(d);
        else expect(chinaCalendar.isWorkingDay(r)).toBe(true);
      }),
      params,
    );
  });

  it("back and forth: add n ≥ 1 then −n returns to the latest working day at or before d", () => {
    fc.assert(
      fc.property(coveredDate, fc.integer({ min: 1, max: 400 }), (d, n) => {
        const there = tryAdd(chinaCalendar, d, n);
        fc.pre(there !== "out");
        const expected = workingDayAtOrBefore(chinaCalendar, d);
        const back = tryAdd(chinaCalendar, there, -n);
        // No working day at or before d inside coverage → the walk back leaves it.
        expect(back).toBe(expected ?? "out");
      }),
      params,
    );
  });

  it("forth and back: add n ≤ −1 then −n returns to the earliest working day at or after d", () => {
    fc.assert(
      fc.property(coveredDate, fc.integer({ min: -400, max: -1 }), (d, n) => {
        const there = tryAdd(chinaCalendar, d, n);
        fc.pre(there !== "out");
        expect(tryAdd(chinaCalendar, there, -n)).toBe(workingDayAtOrAfter(chinaCalendar, d) ?? "out");
      }),
      params,
    );
  });

  it("nextWorkingDay(d) === addWorkingDays(d, 1), the first working day strictly after d", () => {
    fc.assert(
      fc.property(coveredDate, (d) => {
        const next = tryAdd(chinaCalendar, d, 1);
        let actual: string | "out";
        try {
          actual = chinaCalendar.nextWorkingDay(d);
        } catch (e) {
          if (!(e instanceof CalendarCoverageError)) throw e;
          actual = "out";
        }
        expect(actual).toBe(next);
        if (next !== "out") expect(countByDefinition(chinaCalendar, d, next)).toBe(1);
      }),
      params,
    );
  });

  it("every date outside the coverage throws CalendarCoverageError", () => {
    const outside = fc.oneof(fc.integer({ min: toDayNumber("0001-01-01"), max: START - 1 }), fc.integer({ min: END + 1, max: toDayNumber("9999-12-31") })).map(fromDayNumber);
    fc.assert(
      fc.property(outside, (d) => {
        expect(() => chinaCalendar.isWorkingDay(d)).toThrow(CalendarCoverageError);
        expect(() => chinaCalendar.addWorkingDays(d, 0)).toThrow(CalendarCoverageError);
        expect(() => chinaCalendar.nextWorkingDay(d)).toThrow(CalendarCoverageError);
        expect(() => chinaCalendar.countWorkingDays("2024-06-01", d)).toThrow(CalendarCoverageError);
      }),
      params,
    );
  });
});

describe("properties of any calendar built by createWorkCalendar", () => {
  // Random made-up years (test data): random days off, random working weekend days, random weekends.
  const randomCalendar = fc
    .record({
      firstYear: fc.integer({ min: 1990, max: 2090 }),
      years: fc.integer({ min: 1, max: 2 }),
      weekendDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 3 }),
      offOffsets: fc.uniqueArray(fc.integer({ min: 0, max: 730 }), { maxLength: 120 }),
      workOffsets: fc.uniqueArray(fc.integer({ min: 0, max: 730 }), { maxLength: 60 }),
    })
    .map(({ firstYear, years, weekendDays, offOffsets, workOffsets }) => {
      const weekend = new Set(weekendDays);
      const data: CalendarYearData[] = [];
      for (let y = firstYear; y < firstYear + years; y++) {
        const first = toDayNumber(`${y}-01-01`);
        const last = toDayNumber(`${y}-12-31`);
        const inYear = (o: number) => first + o <= last;
        const off = offOffsets.filter(inYear).map((o) => first + o);
        const offSet = new Set(off);
        const work = workOffsets
          .filter(inYear)
          .map((o) => first + o)
          .filter((n) => weekend.has(((n + 3) % 7) + 1) && !offSet.has(n));
        data.push({ year: y, offDays: off.map(fromDayNumber), workingWeekendDays: work.map(fromDayNumber), source: { title: "TEST DATA", publishedOn: `${y - 1}-11-01` } });
      }
      return createWorkCalendar({ id: "random", years: data, weekendDays });
    });

  it("keep countWorkingDays(d, addWorkingDays(d, n)) === n and agree with stepping", () => {
    fc.assert(
      fc.property(randomCalendar, fc.integer({ min: 0, max: 730 }), fc.integer({ min: -60, max: 60 }), (cal, offset, n) => {
        const start = toDayNumber(cal.coverage.start);
        const d = fromDayNumber(Math.min(start + offset, toDayNumber(cal.coverage.end)));
        const r = tryAdd(cal, d, n);
        expect(r).toBe(stepWorkingDays(cal, d, n));
        if (r !== "out") expect(cal.countWorkingDays(d, r)).toBe(n);
      }),
      { numRuns: 200 },
    );
  });
});
