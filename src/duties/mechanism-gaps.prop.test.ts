import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chinaCalendar } from "../calendar";
import { addDays, fromDayNumber, isoWeekday, toDayNumber } from "../dates";
import { definePolicy, mechanismStartOrders, nanjing2023 } from "../policy";
import { _unit } from "./_fixture";
import { mechanismGaps } from "./mechanism-gaps";

// An independent oracle, by definition: every day of [from, to] that is a working day of
// the official calendar needs a daily record by the officer; every Monday–Sunday week and
// every calendar month whose last day is in [from, to] needs its record (by the director,
// by the principal) dated anywhere in it. Day-by-day loops, no Sets, no shared helpers.
const people = [
  { id: "boss", name: "王总", role: "principal" as const, from: "2020-01-01" },
  { id: "dir", name: "张总监", role: "director" as const, from: "2020-01-01" },
  { id: "off", name: "李安全员", role: "officer" as const, from: "2020-01-01" },
];
const byRole = { daily: "off", weekly: "dir", monthly: "boss" } as const;
const wrongPerson = (k: keyof typeof byRole) => (byRole[k] === "boss" ? "off" : "boss");
const START = toDayNumber("2023-06-01");
// Every day from the orders' effective date (the plan's phasing is tested on its own).
const policy = definePolicy(nanjing2023, { duties: { mechanism: { start: mechanismStartOrders } } });
const END = toDayNumber("2026-12-31");

/** Whether the month containing `from` ends on or before `to`. */
function monthEnds(from: string, to: string): boolean {
  let d = from;
  while (addDays(d, 1).slice(0, 7) === from.slice(0, 7)) d = addDays(d, 1);
  return d <= to;
}

describe("mechanismGaps (property)", () => {
  it("agrees with a day-by-day oracle", () => {
    const record = fc.record({
      kind: fc.constantFrom("daily" as const, "weekly" as const, "monthly" as const),
      offset: fc.integer({ min: -40, max: 160 }),
      wrong: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.integer({ min: START + 40, max: END - 130 }), fc.integer({ min: 0, max: 120 }), fc.array(record, { maxLength: 80 }), (a, len, recs) => {
        const from = fromDayNumber(a);
        const to = fromDayNumber(a + len);
        const records = recs.map((r) => ({ kind: r.kind, date: fromDayNumber(a + r.offset), byPersonId: r.wrong ? wrongPerson(r.kind) : byRole[r.kind] }));
        const unit = _unit({ products: { mandatoryStandard: true }, people, records });
        const got = mechanismGaps(unit, { from, to, policy });
        const ok = (kind: "daily" | "weekly" | "monthly", lo: string, hi: string) =>
          records.some((r) => r.kind === kind && r.byPersonId === byRole[kind] && r.date >= lo && r.date <= hi);

        const daily: string[] = [];
        const weekly: string[] = [];
        const monthly: string[] = [];
        for (let d = from; d <= to; d = addDays(d, 1)) {
          if (chinaCalendar.isWorkingDay(d) && !ok("daily", d, d)) daily.push(d);
          if (isoWeekday(d) === 7) {
            const monday = addDays(d, -6);
            if (!ok("weekly", monday, d)) weekly.push(monday);
          }
          if (addDays(d, 1).slice(8) === "01") {
            const first = `${d.slice(0, 7)}-01`;
            if (!ok("monthly", first, d)) monthly.push(d.slice(0, 7));
          }
        }
        expect(got.daily).toEqual(daily);
        expect(got.weekly.map((w) => w.start)).toEqual(weekly);
        expect(got.monthly).toEqual(monthly);
        // Wrong-role records are reported when dated in [from, to] or in a checked week or month.
        const weekStart = addDays(from, 1 - isoWeekday(from));
        const monthStart = `${from.slice(0, 7)}-01`;
        const lo = {
          daily: from,
          weekly: addDays(weekStart, 6) <= to ? weekStart : from,
          monthly: monthEnds(from, to) ? monthStart : from,
        };
        expect(got.wrongRole.length).toBe(records.filter((r) => r.byPersonId !== byRole[r.kind] && r.date <= to && r.date >= lo[r.kind]).length);
      }),
      { numRuns: 150 },
    );
  });
});
