import { UTCDate } from "@date-fns/utc";
import { addDays as fnsAddDays, addMonths, addYears, getISOWeek, getISOWeekYear, startOfISOWeek } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addPeriod, fromDayNumber, isoWeekOf, toDayNumber } from "./index";

/**
 * date-fns on UTCDate is the oracle: a real, independent implementation of month
 * clamping (addMonths keeps the day or clamps to the month's last day) and ISO weeks.
 * Years stay within 1000–9999 so that UTCDate and toISOString need no special cases.
 */
const dayNumberIn = (fromYear: number, toYear: number) =>
  fc.integer({ min: toDayNumber(`${String(fromYear).padStart(4, "0")}-01-01`), max: toDayNumber(`${String(toYear).padStart(4, "0")}-12-31`) });
const dateIn = (fromYear: number, toYear: number) => dayNumberIn(fromYear, toYear).map(fromDayNumber);

function toUtc(d: string): UTCDate {
  return new UTCDate(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
}
function fromUtc(d: Date): string {
  return d.toISOString().slice(0, 10);
}

describe("dates properties", () => {
  it("fromDayNumber(toDayNumber(d)) === d and back, for every date 0001–9999", () => {
    fc.assert(
      fc.property(dayNumberIn(1, 9999), (n) => {
        const d = fromDayNumber(n);
        expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(toDayNumber(d)).toBe(n);
        expect(fromDayNumber(toDayNumber(d))).toBe(d);
      }),
      { numRuns: 1000 },
    );
  });

  it("toDayNumber agrees with Date.UTC", () => {
    fc.assert(
      fc.property(dateIn(1000, 9999), (d) => {
        expect(toDayNumber(d)).toBe(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000);
      }),
      { numRuns: 500 },
    );
  });

  it("addPeriod with years agrees with date-fns addYears on UTCDate", () => {
    fc.assert(
      fc.property(dateIn(3000, 7000), fc.integer({ min: -1500, max: 1500 }), (d, years) => {
        expect(addPeriod(d, { years })).toBe(fromUtc(addYears(toUtc(d), years)));
      }),
      { numRuns: 500 },
    );
  });

  it("addPeriod with months agrees with date-fns addMonths on UTCDate", () => {
    fc.assert(
      fc.property(dateIn(3000, 7000), fc.integer({ min: -20_000, max: 20_000 }), (d, months) => {
        expect(addPeriod(d, { months })).toBe(fromUtc(addMonths(toUtc(d), months)));
      }),
      { numRuns: 500 },
    );
  });

  it("addPeriod with years, months and days: months (12 × years + months, clamped once), then days", () => {
    fc.assert(
      fc.property(
        dateIn(3000, 7000),
        fc.integer({ min: -300, max: 300 }),
        fc.integer({ min: -300, max: 300 }),
        fc.integer({ min: -5000, max: 5000 }),
        (d, years, months, days) => {
          const expected = fromUtc(fnsAddDays(addMonths(toUtc(d), years * 12 + months), days));
          expect(addPeriod(d, { years, months, days })).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("isoWeekOf agrees with date-fns getISOWeek / getISOWeekYear / startOfISOWeek", () => {
    fc.assert(
      fc.property(dateIn(1000, 9998), (d) => {
        const u = toUtc(d);
        const week = getISOWeek(u);
        const start = startOfISOWeek(u);
        expect(isoWeekOf(d)).toEqual({
          id: `${getISOWeekYear(u)}-W${String(week).padStart(2, "0")}`,
          start: fromUtc(start),
          end: fromUtc(fnsAddDays(start, 6)),
        });
      }),
      { numRuns: 1000 },
    );
  });

  it("isoWeekOf agrees with date-fns on every day around each year end 2019–2030", () => {
    for (let y = 2019; y <= 2030; y++) {
      for (let n = toDayNumber(`${y}-12-20`); n <= toDayNumber(`${y + 1}-01-10`); n++) {
        const d = fromDayNumber(n);
        const u = toUtc(d);
        expect(isoWeekOf(d).id).toBe(`${getISOWeekYear(u)}-W${String(getISOWeek(u)).padStart(2, "0")}`);
      }
    }
  });
});
