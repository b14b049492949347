import { describe, expect, it } from "vitest";
import { createWorkCalendar } from "../calendar";
import type { UnitInput } from "../entities";
import { definePolicy, nanjing2023 } from "../policy";
import { _unit } from "./_fixture";
import { DutiesInputError } from "./errors";
import { mechanismGaps } from "./mechanism-gaps";

const licence = { number: "XK08-001-04763", product: "燃气灶具" };
const people = [
  { id: "boss", name: "王总", role: "principal" as const, from: "2020-01-01" },
  { id: "dir", name: "张总监", role: "director" as const, from: "2020-01-01" },
  { id: "off", name: "李安全员", role: "officer" as const, from: "2020-01-01" },
  { id: "old", name: "陈安全员", role: "officer" as const, from: "2020-01-01", to: "2025-12-31" },
];
type Rec = NonNullable<UnitInput["records"]>[number];
const daily = (date: string, by = "off"): Rec => ({ kind: "daily", date, byPersonId: by, zeroRisk: true });
const weekly = (date: string, by = "dir"): Rec => ({ kind: "weekly", date, byPersonId: by });
const monthly = (date: string, by = "boss"): Rec => ({ kind: "monthly", date, byPersonId: by });
const unitWith = (records: Rec[]) => _unit({ products: { licences: [licence] }, people, records });

// Calendar facts: FACTS.md §4 (国务院办公厅 2026 notice): 06-19..06-21 off (端午节);
// 02-15..02-23 off (春节), 02-14 and 02-28 (Saturdays) are working days.
describe("mechanismGaps — daily", () => {
  it("owes no daily record on the Dragon Boat Festival (2026-06-19) or the weekend after", () => {
    const g = mechanismGaps(unitWith([]), { from: "2026-06-15", to: "2026-06-21" });
    expect(g.daily).toEqual(["2026-06-15", "2026-06-16", "2026-06-17", "2026-06-18"]);
  });

  it("owes one on an adjusted working Saturday, none during the 9-day Spring Festival", () => {
    const g = mechanismGaps(unitWith([]), { from: "2026-02-09", to: "2026-02-28" });
    expect(g.daily).toEqual([
      "2026-02-09", "2026-02-10", "2026-02-11", "2026-02-12", "2026-02-13", "2026-02-14",
      "2026-02-24", "2026-02-25", "2026-02-26", "2026-02-27", "2026-02-28",
    ]);
  });

  it("a zero-risk report is a record", () => {
    const g = mechanismGaps(unitWith([daily("2026-06-15"), daily("2026-06-16"), daily("2026-06-18")]), { from: "2026-06-15", to: "2026-06-21" });
    expect(g.daily).toEqual(["2026-06-17"]);
  });

  it('"every-day" owes a record on every day', () => {
    expect(mechanismGaps(unitWith([]), { from: "2026-06-15", to: "2026-06-21", days: "every-day" }).daily).toHaveLength(7);
    const p = definePolicy(nanjing2023, { duties: { mechanism: { days: "every-day" } } });
    expect(mechanismGaps(unitWith([]), { from: "2026-06-19", to: "2026-06-19", policy: p }).daily).toEqual(["2026-06-19"]);
  });

  it("uses a unit's own operating calendar when given", () => {
    // Six-day week, no holidays: only Sunday rests.
    const ops = createWorkCalendar({
      id: "unit-ops-2026",
      weekendDays: [7],
      years: [{ year: 2026, offDays: [], workingWeekendDays: [], source: { title: "企业生产日历", publishedOn: "2025-12-01" } }],
    });
    const g = mechanismGaps(unitWith([]), { from: "2026-06-15", to: "2026-06-21", calendar: ops });
    expect(g.daily).toEqual(["2026-06-15", "2026-06-16", "2026-06-17", "2026-06-18", "2026-06-19", "2026-06-20"]);
  });

  it("a day outside the calendar's years is unknown, not a guess and not an error", () => {
    // The 2026 notice is the last one held: 2026-12-28..31 (Mon–Thu) are ordinary working days;
    // 2027-01-01..03 depend on the 2027 notice (New Year's Day), so they cannot be judged.
    const g = mechanismGaps(unitWith([]), { from: "2026-12-28", to: "2027-01-03" });
    expect(g.daily).toEqual(["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31"]);
    expect(g.unknown).toHaveLength(1);
    expect(g.unknown[0]).toMatchObject({ start: "2027-01-01", end: "2027-01-03", code: "calendar-coverage", missingYears: [2027], coverage: { start: "2023-01-01", end: "2026-12-31" } });
    expect(g.unknown[0]!.message).toContain("2027 年放假安排尚未收录");
    // A stretch before the first covered year: 2022 is missing.
    const early = mechanismGaps(unitWith([]), { from: "2022-12-30", to: "2023-01-03", days: "working-days", policy: definePolicy(nanjing2023, { duties: { effectiveFrom: { date: "2022-01-01" } } }) });
    expect(early.unknown.map((u) => [u.start, u.end, u.missingYears])).toEqual([["2022-12-30", "2022-12-31", [2022]]]);
    // Every-day mode needs no calendar.
    expect(mechanismGaps(unitWith([]), { from: "2026-12-28", to: "2027-01-03", days: "every-day" }).unknown).toEqual([]);
  });
});

describe("mechanismGaps — weeks and months only partly inside the range", () => {
  // 2026-01-01 is a Thursday: ISO week 2026-W01 runs 2025-12-29..2026-01-04; W05 runs 01-26..02-01.
  it("due-in-range (default): a week counts when its last day is inside; its record may predate `from`", () => {
    const g = mechanismGaps(unitWith([weekly("2025-12-30")]), { from: "2026-01-01", to: "2026-01-31" });
    expect(g.weekly.map((w) => w.id)).toEqual(["2026-W02", "2026-W03", "2026-W04"]);
    expect(g.weekly[0]).toEqual({ id: "2026-W02", start: "2026-01-05", end: "2026-01-11" });
    const none = mechanismGaps(unitWith([]), { from: "2026-01-01", to: "2026-01-31" });
    expect(none.weekly.map((w) => w.id)).toEqual(["2026-W01", "2026-W02", "2026-W03", "2026-W04"]); // W05 not yet due
  });

  it("inside-range: only weeks entirely inside", () => {
    const g = mechanismGaps(unitWith([]), { from: "2026-01-01", to: "2026-01-31", periods: "inside-range" });
    expect(g.weekly.map((w) => w.id)).toEqual(["2026-W02", "2026-W03", "2026-W04"]);
  });

  it("months: due-in-range counts January from 01-15 with a record of 01-05; inside-range does not check it", () => {
    const u = unitWith([monthly("2026-01-05")]);
    expect(mechanismGaps(u, { from: "2026-01-15", to: "2026-03-10" }).monthly).toEqual(["2026-02"]);
    expect(mechanismGaps(unitWith([]), { from: "2026-01-15", to: "2026-03-10" }).monthly).toEqual(["2026-01", "2026-02"]);
    expect(mechanismGaps(unitWith([]), { from: "2026-01-15", to: "2026-03-10", periods: "inside-range" }).monthly).toEqual(["2026-02"]);
    // A month ending on `to` is due: February 2024 ends on the 29th.
    expect(mechanismGaps(unitWith([]), { from: "2024-02-01", to: "2024-02-29" }).monthly).toEqual(["2024-02"]);
    expect(mechanismGaps(unitWith([]), { from: "2024-02-01", to: "2024-02-28" }).monthly).toEqual([]);
  });

  it("a week ending on a holiday is still owed its review (weeks are calendar weeks)", () => {
    // 2026-W40: 09-28..10-04, National Day off from 10-01; the review may be dated any day of it.
    expect(mechanismGaps(unitWith([weekly("2026-10-04")]), { from: "2026-09-28", to: "2026-10-04" }).weekly).toEqual([]);
    expect(mechanismGaps(unitWith([]), { from: "2026-09-28", to: "2026-10-04" }).weekly.map((w) => w.id)).toEqual(["2026-W40"]);
  });
});

describe("mechanismGaps — roles", () => {
  it("records by the wrong role do not fill the gap and are listed", () => {
    const u = unitWith([daily("2026-06-15", "dir"), weekly("2026-06-16", "off"), monthly("2026-06-30", "dir"), daily("2026-06-16", "boss")]);
    const g = mechanismGaps(u, { from: "2026-06-01", to: "2026-06-30" });
    expect(g.daily).toContain("2026-06-15");
    expect(g.weekly.map((w) => w.id)).toContain("2026-W25");
    expect(g.monthly).toEqual(["2026-06"]);
    expect(g.wrongRole.map((r) => [r.recordIndex, r.problem, r.byRole, r.expectedRoles])).toEqual([
      [0, "wrong-role", "director", ["officer"]],
      [1, "wrong-role", "officer", ["director"]],
      [2, "wrong-role", "director", ["principal"]],
      [3, "wrong-role", "principal", ["officer"]],
    ]);
    expect(g.wrongRole[0]).toMatchObject({ kind: "daily", date: "2026-06-15", byPersonId: "dir" });
  });

  it("a person not in post on the record's date is wrong too", () => {
    const g = mechanismGaps(unitWith([daily("2026-01-05", "old"), daily("2025-12-31", "old")]), { from: "2025-12-31", to: "2026-01-05" });
    expect(g.wrongRole.map((r) => [r.date, r.problem])).toEqual([["2026-01-05", "not-in-post"]]);
    expect(g.daily).toContain("2026-01-05");
    expect(g.daily).not.toContain("2025-12-31");
  });

  it("a full month of right records leaves no gap", () => {
    // June 2026: working days per the official calendar; weeks W23..W26 end inside June (W27 ends 07-05).
    const records: Rec[] = [];
    for (let d = 1; d <= 30; d++) records.push(daily(`2026-06-${String(d).padStart(2, "0")}`));
    records.push(weekly("2026-06-01"), weekly("2026-06-08"), weekly("2026-06-15"), weekly("2026-06-22"), monthly("2026-06-26"));
    const g = mechanismGaps(unitWith(records), { from: "2026-06-01", to: "2026-06-30" });
    expect(g).toMatchObject({ daily: [], weekly: [], monthly: [], wrongRole: [] });
    expect(g.window).toEqual({ start: "2026-06-01", end: "2026-06-30" });
  });
});

describe("mechanismGaps — when nothing is owed", () => {
  it("nothing before the orders took effect (2023-05-05); 2023-05-06 was a working Saturday", () => {
    const g = mechanismGaps(unitWith([]), { from: "2023-05-01", to: "2023-05-07" });
    expect(g.window).toEqual({ start: "2023-05-05", end: "2023-05-07" });
    expect(g.daily).toEqual(["2023-05-05", "2023-05-06"]);
    const before = mechanismGaps(unitWith([]), { from: "2023-04-01", to: "2023-05-04" });
    expect(before).toMatchObject({ daily: [], weekly: [], monthly: [] });
    expect(before.window).toBeUndefined();
  });

  it("nothing for a unit out of scope", () => {
    const g = mechanismGaps(_unit({ people }), { from: "2026-06-01", to: "2026-06-30" });
    expect(g).toMatchObject({ daily: [], weekly: [], monthly: [], wrongRole: [] });
    expect(g.reasons.map((r) => r.rule)).toEqual(["scope.none"]);
  });

  it("rejects a range that ends before it starts", () => {
    expect(() => mechanismGaps(unitWith([]), { from: "2026-06-02", to: "2026-06-01" })).toThrow(DutiesInputError);
  });
});
