import { describe, expect, it } from "vitest";
import { createWorkCalendar } from "../calendar";
import type { UnitInput } from "../entities";
import { definePolicy, mechanismStartOrders, nanjing2023 } from "../policy";
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
    const early = mechanismGaps(unitWith([]), {
      from: "2022-12-30",
      to: "2023-01-03",
      days: "working-days",
      policy: definePolicy(nanjing2023, { duties: { effectiveFrom: { date: "2022-01-01" }, mechanism: { start: { producer: { licence: "2022-01-01" } } } } }),
    });
    expect(early.unknown.map((u) => [u.start, u.end, u.missingYears])).toEqual([["2022-12-30", "2022-12-31", [2022]]]);
    // Every-day mode needs no calendar.
    expect(mechanismGaps(unitWith([]), { from: "2026-12-28", to: "2027-01-03", days: "every-day" }).unknown).toEqual([]);
  });
});

// Issue 15, 2: "a unit that need not appoint one (e.g. a micro mandatory-standard seller) then can
// never meet it … When no director is required and none is in post, accept the principal
// (主要负责人) or the officer — a marked reading, a parameter". FACTS.md §1: "weekly review: the
// director organises at least one hazard review per week".
describe("mechanismGaps — the weekly review without a director", () => {
  const small = [
    { id: "boss", name: "王总", role: "principal" as const, from: "2020-01-01" },
    { id: "off", name: "李安全员", role: "officer" as const, from: "2020-01-01" },
  ];
  // ISO weeks 2026-W24 (06-08..06-14) and W25 (06-15..06-21).
  const microSeller = (records: Rec[]) => _unit({ roles: ["seller"], size: "micro", products: { mandatoryStandard: true }, people: small, records });

  it("a micro mandatory-standard seller meets it by its officer's or principal's review", () => {
    const g = mechanismGaps(microSeller([weekly("2026-06-12", "off"), weekly("2026-06-19", "boss")]), { from: "2026-06-08", to: "2026-06-21" });
    expect(g.weekly).toEqual([]);
    expect(g.wrongRole).toEqual([]);
    const why = g.reasons.find((r) => r.rule === "mechanism.weekly.without-director")!;
    expect(why.facts).toEqual(["/records/0", "/records/1"]);
    expect(why.citation).toMatchObject({ clause: "二（四）", reading: true });
    expect(nanjing2023.duties.mechanism.weeklyWithoutDirector.roles).toEqual(["principal", "officer"]);
  });

  it("a unit that must have a director still needs the director's review", () => {
    // A licence producer needs a director (FACTS.md §1): the officer's review is the wrong role.
    const g = mechanismGaps(unitWith([weekly("2026-06-12", "off")]), { from: "2026-06-08", to: "2026-06-14" });
    expect(g.weekly.map((w) => w.id)).toEqual(["2026-W24"]);
    expect(g.wrongRole[0]).toMatchObject({ problem: "wrong-role", byRole: "officer" });
  });

  it("with a director in post that day, only the director's review counts", () => {
    const withDirector = _unit({
      roles: ["seller"],
      size: "micro",
      products: { mandatoryStandard: true },
      people: [...small, { id: "dir", name: "张总监", role: "director", from: "2026-06-15" }],
      records: [weekly("2026-06-12", "off"), weekly("2026-06-19", "off")],
    });
    const g = mechanismGaps(withDirector, { from: "2026-06-08", to: "2026-06-21" });
    expect(g.weekly.map((w) => w.id)).toEqual(["2026-W25"]);
    expect(g.wrongRole.map((r) => r.date)).toEqual(["2026-06-19"]);
  });

  it("is a parameter: with no stand-in roles the officer's review does not count", () => {
    const strict = definePolicy(nanjing2023, { duties: { mechanism: { weeklyWithoutDirector: { roles: [] } } } });
    const g = mechanismGaps(microSeller([weekly("2026-06-12", "off")]), { from: "2026-06-08", to: "2026-06-14", policy: strict });
    expect(g.weekly.map((w) => w.id)).toEqual(["2026-W24"]);
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
    // With the orders' start (every unit from the day they took effect, mechanismStartOrders).
    const orders = definePolicy(nanjing2023, { duties: { mechanism: { start: mechanismStartOrders } } });
    const g = mechanismGaps(unitWith([]), { from: "2023-05-01", to: "2023-05-07", policy: orders });
    expect(g.window).toEqual({ start: "2023-05-05", end: "2023-05-07" });
    expect(g.daily).toEqual(["2023-05-05", "2023-05-06"]);
    const before = mechanismGaps(unitWith([]), { from: "2023-04-01", to: "2023-05-04", policy: orders });
    expect(before).toMatchObject({ daily: [], weekly: [], monthly: [] });
    expect(before.window).toBeUndefined();
    expect(before.reasons.map((r) => r.rule)).toContain("mechanism.not-yet-effective");
  });

  // Plan 一（一）: "2023年，…推动工业产品生产许可、强制性产品认证管理的产品生产单位建立“日管控、周排查、月调度”工作机制";
  // 一（二）: "2024年，…工业产品生产许可、强制性产品认证管理、涉及人身健康和生命财产安全并有强制性国家标准要求的产品生产和销售单位
  // “日管控、周排查、月调度”机制有效运行" — each year's target read as reached by the end of that year.
  it("the plan's phasing (default): a licence producer owes records from 2024-01-01", () => {
    const g = mechanismGaps(unitWith([]), { from: "2023-12-25", to: "2024-01-05" });
    expect(g.window).toEqual({ start: "2024-01-01", end: "2024-01-05" });
    // 2024-01-01 is New Year's Day (国办发明电〔2023〕7号): the first daily record is owed on 01-02.
    expect(g.daily).toEqual(["2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05"]);
    expect(g.reasons.find((r) => r.rule === "mechanism.start")).toMatchObject({ citation: { clause: "一（一）、一（二）", reading: true } });
    const before = mechanismGaps(unitWith([]), { from: "2023-06-01", to: "2023-12-31" });
    expect(before).toMatchObject({ daily: [], weekly: [], monthly: [] });
    expect(before.reasons.at(-1)!.rule).toBe("mechanism.not-yet-started");
    expect(before.reasons.at(-1)!.message).toContain("2024-01-01");
  });

  it("the plan's phasing: mandatory-standard producers and every seller from 2025-01-01", () => {
    const seller = _unit({ roles: ["seller"], products: { categories: ["ccc"] }, people });
    expect(mechanismGaps(seller, { from: "2024-06-01", to: "2024-12-31" }).reasons.at(-1)!.rule).toBe("mechanism.not-yet-started");
    expect(mechanismGaps(seller, { from: "2024-12-30", to: "2025-01-03" }).window).toEqual({ start: "2025-01-01", end: "2025-01-03" });
    const ms = _unit({ products: { mandatoryStandard: true }, people });
    expect(mechanismGaps(ms, { from: "2024-12-30", to: "2025-01-03" }).window).toEqual({ start: "2025-01-01", end: "2025-01-03" });
    // A unit in several categories starts at the earliest: licence + mandatory standard → 2024-01-01.
    const both = _unit({ products: { mandatoryStandard: true, licences: [licence] }, people });
    expect(mechanismGaps(both, { from: "2023-12-30", to: "2024-01-03" }).window).toEqual({ start: "2024-01-01", end: "2024-01-03" });
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
