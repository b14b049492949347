import { describe, expect, it } from "vitest";
import { createWorkCalendar } from "../calendar";
import type { UnitInput } from "../entities";
import { definePolicy, mechanismStartOrders, nanjing2023 } from "../policy";
import { _unit } from "./_fixture";
import { DutiesInputError } from "./errors";
import { mechanismGaps, mechanismRecordsByPeriod } from "./mechanism-gaps";

// Plan 二（四）: 《每日工业产品质量安全检查记录》 by the officer, 《每周工业产品质量安全排查治理报告》
// by the director, 《每月工业产品质量安全调度会议纪要》 by the principal (FACTS.md §1). Calendar
// facts from FACTS.md §4. Phasing: plan 一（一）/一（二） as read by the policy (mechanismStartPlan):
// licence and CCC producers from 2024-01-01, everyone else from 2025-01-01; the orders from
// 2023-05-05. Role names: the label table (src/entities/labels.ts).
const licence = { number: "XK08-001-04763", product: "燃气灶具" };
const people = [
  { id: "boss", name: "王总", role: "principal" as const, from: "2020-01-01" },
  { id: "dir", name: "张总监", role: "director" as const, from: "2020-01-01" },
  { id: "off", name: "李安全员", role: "officer" as const, from: "2020-01-01" },
  { id: "new", name: "赵安全员", role: "officer" as const, from: "2026-06-10" },
];
type Rec = NonNullable<UnitInput["records"]>[number];
const daily = (date: string, by = "off"): Rec => ({ kind: "daily", date, byPersonId: by });
const weekly = (date: string, by = "dir"): Rec => ({ kind: "weekly", date, byPersonId: by });
const monthly = (date: string, by = "boss"): Rec => ({ kind: "monthly", date, byPersonId: by });
const unitWith = (records: Rec[]) => _unit({ products: { licences: [licence] }, people, records });
const orders = definePolicy(nanjing2023, { duties: { mechanism: { start: mechanismStartOrders } } });
const m = nanjing2023.duties.mechanism;
const rule = <R extends { rule: string }>(g: { reasons: R[] }, id: string): R => g.reasons.find((r) => r.rule === id)!;

describe("mechanismGaps — what the reasons say", () => {
  // June 2026: Monday 06-01 to Tuesday 06-30. Rest days: the eight weekend days and 06-19
  // (端午节; 06-20/21 are the weekend) → 21 working days. Weeks ending in June: W23 (06-01..07)
  // to W26 (06-22..28); W27 ends 07-05. One month.
  // Computed inside each test (StrykerJS activates a mutant for tests only, not for describe bodies).
  const june = () => mechanismGaps(unitWith([]), { from: "2026-06-01", to: "2026-06-30" });

  it("one reason per record kind after the scope's, each with the window", () => {
    expect(june().reasons.map((r) => r.rule)).toEqual(["scope.licence", "mechanism.daily", "mechanism.weekly", "mechanism.monthly"]);
    expect(june().daily).toHaveLength(21);
    for (const r of june().reasons.slice(1)) expect(r.window).toEqual({ start: "2026-06-01", end: "2026-06-30" });
  });

  it("daily: the working days of the official calendar, by the officer, the count missing", () => {
    const r = rule(june(), "mechanism.daily");
    expect(r.citation).toEqual(m.daysCitation);
    expect(r.facts).toEqual([]);
    for (const part of ["2026-06-01", "2026-06-30", "每个工作日", "cn-state-council", "质量安全员", "《每日工业产品质量安全检查记录》", "缺21日"]) expect(r.message).toContain(part);
    for (const part of ["working day (cn-state-council)", "2026-06-01", "2026-06-30", "officer", "21 missing"]) expect(r.messageEn).toContain(part);
    const everyDay = rule(mechanismGaps(unitWith([]), { from: "2026-06-01", to: "2026-06-30", days: "every-day" }), "mechanism.daily");
    expect(everyDay.message).toContain("2026-06-30每日应有");
    expect(everyDay.message).toContain("缺30日");
    expect(everyDay.message).not.toContain("工作日");
    expect(everyDay.messageEn).toContain("Each day from 2026-06-01");
    expect(everyDay.messageEn).toContain("30 missing");
    expect(everyDay.messageEn).not.toContain("working day");
  });

  it("weekly: the weeks checked are the facts, by the director", () => {
    const r = rule(june(), "mechanism.weekly");
    expect(r.citation).toEqual(m.periodsCitation);
    expect(r.facts).toEqual(["2026-W23", "2026-W24", "2026-W25", "2026-W26"]);
    for (const part of ["检查4个自然周", "周一至周日", "截止日在区间内", "质量安全总监", "《每周工业产品质量安全排查治理报告》", "缺4周"]) expect(r.message).toContain(part);
    for (const part of ["4 ISO week(s) checked", "last day inside the range", "director", "4 missing"]) expect(r.messageEn).toContain(part);
    const done = rule(mechanismGaps(unitWith([weekly("2026-06-03")]), { from: "2026-06-01", to: "2026-06-30" }), "mechanism.weekly");
    expect(done.message).toContain("缺3周");
    expect(done.messageEn).toContain("3 missing");
  });

  it("monthly: the months checked are the facts, by the principal", () => {
    const r = rule(june(), "mechanism.monthly");
    expect(r.citation).toEqual(m.periodsCitation);
    expect(r.facts).toEqual(["2026-06"]);
    for (const part of ["检查1个自然月", "截止日在区间内", "主要负责人", "《每月工业产品质量安全调度会议纪要》", "缺1月"]) expect(r.message).toContain(part);
    for (const part of ["1 calendar month(s) checked", "last day inside the range", "principal", "1 missing"]) expect(r.messageEn).toContain(part);
  });

  it("inside-range says so", () => {
    const g = mechanismGaps(unitWith([]), { from: "2026-06-01", to: "2026-06-30", periods: "inside-range" });
    for (const id of ["mechanism.weekly", "mechanism.monthly"]) {
      expect(rule(g, id).message).toContain("完全在区间内");
      expect(rule(g, id).message).not.toContain("截止日");
      expect(rule(g, id).messageEn).toContain("entirely inside the range");
    }
  });

  it("wrong-role records: one reason naming them, citing the roles reading", () => {
    const g = mechanismGaps(unitWith([daily("2026-06-01"), daily("2026-06-02", "dir"), weekly("2026-06-03", "off")]), { from: "2026-06-01", to: "2026-06-30" });
    const r = rule(g, "mechanism.wrong-role");
    expect(r.citation).toEqual(m.rolesCitation);
    expect(r.citation).toMatchObject({ clause: "二（四）", reading: true });
    expect(r.facts).toEqual(["/records/1", "/records/2"]);
    expect(r.message).toContain("2条记录");
    expect(r.messageEn).toContain("2 record(s)");
    expect(g.reasons.at(-1)).toBe(r);
    expect(june().reasons.map((x) => x.rule)).not.toContain("mechanism.wrong-role");
  });
});

describe("mechanismGaps — the start (plan 一（一）/一（二）, a reading)", () => {
  it("a range that begins before the start says from when, by which role and category", () => {
    const g = mechanismGaps(unitWith([]), { from: "2023-12-25", to: "2024-01-05" });
    expect(g.reasons.map((r) => r.rule)).toEqual(["scope.licence", "mechanism.start", "mechanism.daily", "mechanism.weekly", "mechanism.monthly"]);
    const r = rule(g, "mechanism.start");
    expect(r.window).toEqual({ start: "2024-01-01", end: "2024-01-05" });
    expect(r.facts).toEqual([]);
    expect(r.citation).toEqual(m.start.citation);
    for (const part of ["2024-01-01", "生产单位·实施工业产品生产许可管理的产品"]) expect(r.message).toContain(part);
    for (const part of ["2024-01-01", "producer, products under production licensing"]) expect(r.messageEn).toContain(part);
    expect(rule(g, "mechanism.daily").window).toEqual({ start: "2024-01-01", end: "2024-01-05" });
  });

  it("no start reason when the range begins on the start day, nor under the orders' start", () => {
    expect(mechanismGaps(unitWith([]), { from: "2024-01-01", to: "2024-01-05" }).reasons.map((r) => r.rule)).not.toContain("mechanism.start");
    const g = mechanismGaps(unitWith([]), { from: "2023-05-01", to: "2023-05-10", policy: orders });
    expect(g.window).toEqual({ start: "2023-05-05", end: "2023-05-10" });
    expect(g.reasons.map((r) => r.rule)).not.toContain("mechanism.start");
  });

  it("a range ending on the start day is checked (one day); one ending the day before is not yet started", () => {
    const onTheDay = mechanismGaps(unitWith([]), { from: "2023-12-01", to: "2024-01-01" });
    expect(onTheDay.window).toEqual({ start: "2024-01-01", end: "2024-01-01" });
    expect(onTheDay.daily).toEqual([]); // 2024-01-01, New Year's Day
    const before = mechanismGaps(unitWith([daily("2023-12-29", "dir")]), { from: "2023-12-01", to: "2023-12-31" });
    expect(before).toEqual({ daily: [], weekly: [], monthly: [], wrongRole: [], unknown: [], reasons: before.reasons });
    expect(before.reasons.map((r) => r.rule)).toEqual(["scope.licence", "mechanism.not-yet-started"]);
    const r = before.reasons[1]!;
    expect(r.citation).toEqual(m.start.citation);
    for (const part of ["生产单位·实施工业产品生产许可管理的产品", "2024-01-01", "2023-12-31"]) expect(r.message).toContain(part);
    for (const part of ["producer, products under production licensing", "2024-01-01", "2023-12-31"]) expect(r.messageEn).toContain(part);
  });

  it("before the orders took effect: not yet effective, citing the effective date", () => {
    const g = mechanismGaps(unitWith([]), { from: "2023-04-01", to: "2023-05-04", policy: orders });
    expect(g.reasons.map((r) => r.rule)).toEqual(["scope.licence", "mechanism.not-yet-effective"]);
    const r = g.reasons[1]!;
    expect(r.citation).toEqual(nanjing2023.duties.effectiveFrom.citation);
    expect(r.message).toContain("2023-05-04");
    expect(r.message).toContain("2023-05-05");
    expect(r.messageEn).toContain("2023-05-04");
    expect(r.messageEn).toContain("2023-05-05");
  });

  it("a seller of CCC products owes them from 2025-01-01, and the reason says seller and CCC", () => {
    const seller = _unit({ roles: ["seller"], products: { categories: ["ccc"] }, people });
    const r = mechanismGaps(seller, { from: "2024-12-30", to: "2025-01-03" }).reasons.find((x) => x.rule === "mechanism.start")!;
    expect(r.message).toContain("销售单位·实施强制性产品认证管理的产品");
    expect(r.messageEn).toContain("seller, products under compulsory certification (CCC)");
    expect(r.message).toContain("2025-01-01");
  });

  it("a producer and seller of mandatory-standard products: both start on 2025-01-01, the first role listed is named", () => {
    const both = _unit({ roles: ["producer", "seller"], products: { mandatoryStandard: true }, people });
    const r = mechanismGaps(both, { from: "2024-12-30", to: "2025-01-03" }).reasons.find((x) => x.rule === "mechanism.start")!;
    expect(r.message).toContain("生产单位·涉及人身健康和生命财产安全并有强制性国家标准要求的产品");
  });

  it("a policy start before the effective date still starts on the effective date", () => {
    const early = definePolicy(nanjing2023, { duties: { mechanism: { start: { producer: { licence: "2023-01-01" } } } } });
    const g = mechanismGaps(unitWith([]), { from: "2023-04-01", to: "2023-05-08", policy: early });
    expect(g.window).toEqual({ start: "2023-05-05", end: "2023-05-08" });
    expect(g.reasons.map((r) => r.rule)).not.toContain("mechanism.start");
    // 2023-05-05 (Fri), 05-06 (a working Saturday, FACTS.md §4), 05-08 (Mon).
    expect(g.daily).toEqual(["2023-05-05", "2023-05-06", "2023-05-08"]);
    // A start one day after the effective date is the plan's, and said.
    const later = definePolicy(nanjing2023, { duties: { mechanism: { start: { producer: { licence: "2023-05-06" } } } } });
    const h = mechanismGaps(unitWith([]), { from: "2023-04-01", to: "2023-05-08", policy: later });
    expect(h.window).toEqual({ start: "2023-05-06", end: "2023-05-08" });
    expect(rule(h, "mechanism.start").message).toContain("2023-05-06");
  });
});

describe("mechanismGaps — every-day mode", () => {
  it("lists every day without a record, whatever the records' order, repeats or dates outside", () => {
    const recs = [daily("2026-06-10"), daily("2026-06-03"), daily("2026-06-03"), daily("2026-06-01"), daily("2026-05-31"), daily("2026-06-11")];
    const g = mechanismGaps(unitWith(recs), { from: "2026-06-01", to: "2026-06-10", days: "every-day" });
    expect(g.daily).toEqual(["2026-06-02", "2026-06-04", "2026-06-05", "2026-06-06", "2026-06-07", "2026-06-08", "2026-06-09"]);
    expect(g.unknown).toEqual([]);
    const none = mechanismGaps(unitWith([]), { from: "2026-06-01", to: "2026-06-03", days: "every-day" });
    expect(none.daily).toEqual(["2026-06-01", "2026-06-02", "2026-06-03"]);
    const full = mechanismGaps(unitWith([daily("2026-06-01"), daily("2026-06-02"), daily("2026-06-03")]), { from: "2026-06-01", to: "2026-06-03", days: "every-day" });
    expect(full.daily).toEqual([]);
  });

  it("the option overrides the policy both ways", () => {
    const everyDay = definePolicy(nanjing2023, { duties: { mechanism: { days: "every-day" } } });
    expect(mechanismGaps(unitWith([]), { from: "2026-06-19", to: "2026-06-21", policy: everyDay, days: "working-days" }).daily).toEqual([]);
    const inside = definePolicy(nanjing2023, { duties: { mechanism: { periods: "inside-range" } } });
    expect(mechanismGaps(unitWith([]), { from: "2026-06-03", to: "2026-06-14", policy: inside }).weekly.map((w) => w.id)).toEqual(["2026-W24"]);
    expect(mechanismGaps(unitWith([]), { from: "2026-06-03", to: "2026-06-14", policy: inside, periods: "due-in-range" }).weekly.map((w) => w.id)).toEqual(["2026-W23", "2026-W24"]);
  });
});

describe("mechanismGaps — days the calendar cannot judge", () => {
  // A unit's calendar holding 2026 only, Monday–Friday, no holidays.
  const only2026 = createWorkCalendar({
    id: "ops-2026",
    weekendDays: [6, 7],
    years: [{ year: 2026, offDays: [], workingWeekendDays: [], source: { title: "企业生产日历", publishedOn: "2025-12-01" } }],
  });

  it("a stretch on each side of the coverage, each naming its missing years", () => {
    const g = mechanismGaps(unitWith([]), { from: "2025-12-30", to: "2027-01-02", calendar: only2026, policy: orders });
    expect(g.unknown.map((u) => [u.start, u.end, u.missingYears, u.calendarId])).toEqual([
      ["2025-12-30", "2025-12-31", [2025], "ops-2026"],
      ["2027-01-01", "2027-01-02", [2027], "ops-2026"],
    ]);
    expect(g.daily[0]).toBe("2026-01-01"); // Thursday, no holiday in this calendar
    expect(g.daily.at(-1)).toBe("2026-12-31");
    expect(g.daily).toHaveLength(261); // the weekdays of 2026
  });

  it("a range wholly outside the coverage: no daily gap, one stretch with every missing year", () => {
    const after = mechanismGaps(unitWith([]), { from: "2027-12-30", to: "2028-01-04", calendar: only2026 });
    expect(after.daily).toEqual([]);
    expect(after.unknown.map((u) => [u.start, u.end, u.missingYears])).toEqual([["2027-12-30", "2028-01-04", [2027, 2028]]]);
    const before = mechanismGaps(unitWith([]), { from: "2024-12-30", to: "2025-01-02", calendar: only2026 });
    expect(before.unknown.map((u) => [u.start, u.end, u.missingYears])).toEqual([["2024-12-30", "2025-01-02", [2024, 2025]]]);
  });

  it("a range on the coverage's first and last days has no unknown stretch", () => {
    expect(mechanismGaps(unitWith([]), { from: "2026-01-01", to: "2026-01-02", calendar: only2026 }).unknown).toEqual([]);
    expect(mechanismGaps(unitWith([]), { from: "2026-12-31", to: "2026-12-31", calendar: only2026 }).unknown).toEqual([]);
    expect(mechanismGaps(unitWith([]), { from: "2026-12-31", to: "2026-12-31", calendar: only2026 }).daily).toEqual(["2026-12-31"]);
    const lastPlusOne = mechanismGaps(unitWith([]), { from: "2026-12-31", to: "2027-01-01", calendar: only2026 });
    expect(lastPlusOne.unknown.map((u) => [u.start, u.end])).toEqual([["2027-01-01", "2027-01-01"]]);
    expect(lastPlusOne.daily).toEqual(["2026-12-31"]);
  });
});

describe("mechanismGaps — which records are looked at", () => {
  // 2026-01-01 is a Thursday: 2026-W01 is 2025-12-29..2026-01-04, W05 is 01-26..02-01.
  it("wrong-role records dated in a checked week or month before `from` are listed; earlier ones and later ones are not", () => {
    const recs = [
      weekly("2025-12-28", "off"), // W52 of 2025: not checked
      weekly("2025-12-29", "off"), // W01: checked (ends 01-04)
      monthly("2025-12-31", "off"), // December: not checked
      daily("2025-12-31", "dir"), // before from
      daily("2026-01-30", "dir"), // inside
      weekly("2026-01-27", "off"), // W05: not checked, but inside [from, to]
      daily("2026-02-01", "dir"), // after to
    ];
    const g = mechanismGaps(unitWith(recs), { from: "2026-01-01", to: "2026-01-31" });
    expect(g.wrongRole.map((r) => r.recordIndex)).toEqual([1, 4, 5]);
    const jan = mechanismGaps(unitWith([monthly("2026-01-02", "off"), monthly("2025-12-31", "off")]), { from: "2026-01-15", to: "2026-01-31" });
    expect(jan.wrongRole.map((r) => r.recordIndex)).toEqual([0]);
  });

  it("with no week checked, a weekly record before `from` is not looked at", () => {
    const g = mechanismGaps(unitWith([weekly("2025-12-30", "off"), monthly("2025-12-31", "off")]), { from: "2026-01-01", to: "2026-01-03" });
    expect(g.weekly).toEqual([]);
    expect(g.wrongRole).toEqual([]);
  });

  it("a record by an unknown person (a unit edited after parsing): listed without a role", () => {
    const parsed = unitWith([daily("2026-06-01")]);
    const edited = { ...parsed, records: [{ ...parsed.records[0]!, byPersonId: "ghost" }] };
    const g = mechanismGaps(edited, { from: "2026-06-01", to: "2026-06-01" });
    expect(g.daily).toEqual(["2026-06-01"]);
    expect(g.wrongRole).toHaveLength(1);
    expect(g.wrongRole[0]).toEqual({ kind: "daily", date: "2026-06-01", byPersonId: "ghost", recordIndex: 0, problem: "unknown-person", expectedRoles: ["officer"] });
  });

  it("a record before the person's first day is not in post; on it, it counts", () => {
    const g = mechanismGaps(unitWith([daily("2026-06-09", "new"), daily("2026-06-10", "new")]), { from: "2026-06-09", to: "2026-06-10" });
    expect(g.daily).toEqual(["2026-06-09"]);
    expect(g.wrongRole).toEqual([{ kind: "daily", date: "2026-06-09", byPersonId: "new", recordIndex: 0, problem: "not-in-post", byRole: "officer", expectedRoles: ["officer"] }]);
  });

  it("the expected roles are a copy of the policy's", () => {
    const g = mechanismGaps(unitWith([daily("2026-06-01", "dir")]), { from: "2026-06-01", to: "2026-06-01" });
    g.wrongRole[0]!.expectedRoles.push("director");
    expect(nanjing2023.duties.mechanism.roles.daily).toEqual(["officer"]);
  });

  it("inside-range: a week or month starting on `from` is inside", () => {
    const g = mechanismGaps(unitWith([]), { from: "2026-06-01", to: "2026-06-30", periods: "inside-range" });
    expect(g.weekly.map((w) => w.id)).toEqual(["2026-W23", "2026-W24", "2026-W25", "2026-W26"]);
    expect(g.monthly).toEqual(["2026-06"]);
    // One starting a day before `from` is not.
    const h = mechanismGaps(unitWith([]), { from: "2026-06-02", to: "2026-07-31", periods: "inside-range" });
    expect(h.weekly[0]!.id).toBe("2026-W24");
    expect(h.monthly).toEqual(["2026-07"]);
  });

  it("inside-range counts from the unit's start, not from `from`", () => {
    // A licence producer starts on 2024-01-01, a Monday: W01 of 2024 lies inside.
    const g = mechanismGaps(unitWith([]), { from: "2023-12-20", to: "2024-01-14", periods: "inside-range" });
    expect(g.weekly.map((w) => w.id)).toEqual(["2024-W01", "2024-W02"]);
  });

  it("due-in-range: a week ending on `to` is checked, one ending the day after is not", () => {
    expect(mechanismGaps(unitWith([]), { from: "2026-06-03", to: "2026-06-07" }).weekly.map((w) => w.id)).toEqual(["2026-W23"]);
    expect(mechanismGaps(unitWith([]), { from: "2026-06-03", to: "2026-06-06" }).weekly).toEqual([]);
  });

  it("a weekly review counts for the week of its date, Monday to Sunday", () => {
    // Sunday 2026-06-14 closes W24; Monday 06-15 opens W25.
    expect(mechanismGaps(unitWith([weekly("2026-06-14")]), { from: "2026-06-08", to: "2026-06-21" }).weekly.map((w) => w.id)).toEqual(["2026-W25"]);
    expect(mechanismGaps(unitWith([weekly("2026-06-15")]), { from: "2026-06-08", to: "2026-06-21" }).weekly.map((w) => w.id)).toEqual(["2026-W24"]);
  });

  it("a range ending before it starts is refused, naming `to` and the earliest allowed", () => {
    let caught: unknown;
    try {
      mechanismGaps(unitWith([]), { from: "2026-06-02", to: "2026-06-01" });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DutiesInputError);
    expect(caught).toMatchObject({ field: "to", value: "2026-06-01", params: { earliest: "2026-06-02" } });
    expect((caught as DutiesInputError).messageZh).toContain("不早于 from（2026-06-02）的日期");
    expect(mechanismGaps(unitWith([]), { from: "2026-06-01", to: "2026-06-01" }).daily).toEqual(["2026-06-01"]);
  });
});

describe("mechanismGaps — the weekly review without a director (a reading)", () => {
  const small = (extra: UnitInput["people"] = []) => [
    { id: "boss", name: "王总", role: "principal" as const, from: "2020-01-01" },
    { id: "off", name: "李安全员", role: "officer" as const, from: "2026-06-03" },
    ...(extra ?? []),
  ];
  const microSeller = (records: Rec[], extra?: UnitInput["people"]) => _unit({ roles: ["seller"], size: "micro", products: { mandatoryStandard: true }, people: small(extra), records });
  const range = { from: "2026-06-01", to: "2026-06-30" };

  it("the reason names the stand-in roles and counts the reviews", () => {
    const g = mechanismGaps(microSeller([weekly("2026-06-05", "off"), weekly("2026-06-09", "boss"), weekly("2026-06-16", "boss")]), range);
    const r = rule(g, "mechanism.weekly.without-director");
    expect(r.citation).toEqual(m.weeklyWithoutDirector.citation);
    expect(r.facts).toEqual(["/records/0", "/records/1", "/records/2"]);
    expect(r.message).toContain("主要负责人、质量安全员");
    expect(r.message).toContain("3份");
    expect(r.messageEn).toContain("principal/officer");
    expect(r.messageEn).toContain("3 weekly review(s)");
    expect(g.weekly.map((w) => w.id)).toEqual(["2026-W26"]);
  });

  it("a stand-in not in post that day is not in post; daily and monthly records have no stand-in", () => {
    const g = mechanismGaps(microSeller([weekly("2026-06-02", "off"), monthly("2026-06-30", "off"), daily("2026-06-05", "boss")]), range);
    expect(g.wrongRole.map((r) => [r.recordIndex, r.problem, r.byRole])).toEqual([
      [0, "not-in-post", "officer"],
      [1, "wrong-role", "officer"],
      [2, "wrong-role", "principal"],
    ]);
    expect(g.reasons.map((r) => r.rule)).not.toContain("mechanism.weekly.without-director");
  });

  it("a director in post on the day, first and last days included, takes the review back", () => {
    const dir = [{ id: "dir", name: "张总监", role: "director" as const, from: "2026-06-10", to: "2026-06-20" }];
    const recs = [weekly("2026-06-09", "boss"), weekly("2026-06-10", "boss"), weekly("2026-06-20", "boss"), weekly("2026-06-21", "boss")];
    const g = mechanismGaps(microSeller(recs, dir), range);
    expect(g.wrongRole.map((r) => [r.recordIndex, r.problem])).toEqual([
      [1, "wrong-role"],
      [2, "wrong-role"],
    ]);
    expect(rule(g, "mechanism.weekly.without-director").facts).toEqual(["/records/0", "/records/3"]);
  });

  it("mechanismRecordsByPeriod counts the stand-in reviews too", () => {
    const r = mechanismRecordsByPeriod(microSeller([weekly("2026-06-05", "off")]), range);
    expect([...r.weekly]).toEqual([["2026-06-01", "2026-06-05"]]);
    expect(r.wrongRole).toEqual([]);
  });
});

describe("mechanismRecordsByPeriod", () => {
  const recs = [
    weekly("2026-06-19"),
    weekly("2026-06-16"),
    monthly("2026-06-26"),
    monthly("2026-06-05"),
    daily("2026-06-15"),
    daily("2026-06-15"),
    daily("2026-06-16", "boss"),
    daily("2026-05-31"),
    daily("2026-07-01"),
    daily("2026-06-01"),
    daily("2026-06-30"),
    weekly("2026-06-20"),
  ];
  const r = () => mechanismRecordsByPeriod(unitWith(recs), { from: "2026-06-01", to: "2026-06-30" });

  it("keys weeks by their Monday and months by YYYY-MM, each with its earliest valid record", () => {
    expect([...r().weekly]).toEqual([["2026-06-15", "2026-06-16"]]);
    expect([...r().monthly]).toEqual([["2026-06", "2026-06-05"]]);
  });

  it("keys days by themselves, from and to included, dates outside left out", () => {
    expect([...r().daily.keys()].sort()).toEqual(["2026-06-01", "2026-06-15", "2026-06-30"]);
    expect(r().daily.get("2026-06-15")).toBe("2026-06-15");
  });

  it("lists the wrong-role records", () => {
    expect(r().wrongRole.map((w) => [w.recordIndex, w.problem, w.byRole])).toEqual([[6, "wrong-role", "principal"]]);
  });

  it("a unit that must have a director: the officer's weekly review does not count", () => {
    const s = mechanismRecordsByPeriod(unitWith([weekly("2026-06-16", "off")]), { from: "2026-06-01", to: "2026-06-30" });
    expect(s.weekly.size).toBe(0);
    expect(s.wrongRole.map((w) => w.problem)).toEqual(["wrong-role"]);
  });

  it("follows the policy's roles", () => {
    const p = definePolicy(nanjing2023, { duties: { mechanism: { roles: { daily: ["officer", "director"] } } } });
    const s = mechanismRecordsByPeriod(unitWith([daily("2026-06-02", "dir")]), { from: "2026-06-01", to: "2026-06-30", policy: p });
    expect([...s.daily]).toEqual([["2026-06-02", "2026-06-02"]]);
  });
});

describe("mechanismGaps — the day and policy behind scope and the director", () => {
  it("scope is judged on `to`: a licence issued after it leaves the unit out of scope", () => {
    const u = _unit({ products: { licences: [{ ...licence, issuedOn: "2026-07-01" }] }, people });
    const g = mechanismGaps(u, { from: "2026-06-01", to: "2026-06-30" });
    expect(g.reasons.map((r) => r.rule)).toEqual(["scope.none"]);
    expect(g.window).toBeUndefined();
    expect(mechanismGaps(u, { from: "2026-07-01", to: "2026-07-31" }).window).toEqual({ start: "2026-07-01", end: "2026-07-31" });
  });

  it("whether a director is required follows the policy: with an unknown size not requiring one, the officer's review counts", () => {
    // A mandatory-standard producer of unknown size needs a director by default (whenSizeUnknown "required").
    const lax = definePolicy(nanjing2023, { duties: { staffing: { director: { whenSizeUnknown: "not-required" } } } });
    const u = _unit({ products: { mandatoryStandard: true }, people: [people[0]!, people[2]!], records: [weekly("2026-06-03", "off")] });
    const range = { from: "2026-06-01", to: "2026-06-07" };
    expect(mechanismGaps(u, range).weekly.map((w) => w.id)).toEqual(["2026-W23"]);
    expect(mechanismGaps(u, { ...range, policy: lax }).weekly).toEqual([]);
    expect(mechanismRecordsByPeriod(u, range).weekly.size).toBe(0);
    expect([...mechanismRecordsByPeriod(u, { ...range, policy: lax }).weekly]).toEqual([["2026-06-01", "2026-06-03"]]);
  });
});

describe("mechanismGaps — records by the right role", () => {
  it("a full week of right records: the three rule reasons only, no stand-in, no wrong role", () => {
    const recs = ["2026-06-01", "2026-06-02", "2026-06-03", "2026-06-04", "2026-06-05"].map((d) => daily(d));
    const g = mechanismGaps(unitWith([...recs, weekly("2026-06-05"), monthly("2026-06-05")]), { from: "2026-06-01", to: "2026-06-07" });
    expect(g).toMatchObject({ daily: [], weekly: [], monthly: [], wrongRole: [] });
    expect(g.reasons.map((r) => r.rule)).toEqual(["scope.licence", "mechanism.daily", "mechanism.weekly", "mechanism.monthly"]);
  });

  it("in a unit with stand-ins, records by the right role are not stand-ins", () => {
    const small = [
      { id: "boss", name: "王总", role: "principal" as const, from: "2020-01-01" },
      { id: "off", name: "李安全员", role: "officer" as const, from: "2020-01-01" },
    ];
    const u = _unit({ roles: ["seller"], size: "micro", products: { mandatoryStandard: true }, people: small, records: [daily("2026-06-01"), weekly("2026-06-02", "off"), monthly("2026-06-03")] });
    const g = mechanismGaps(u, { from: "2026-06-01", to: "2026-06-30" });
    expect(rule(g, "mechanism.weekly.without-director").facts).toEqual(["/records/1"]);
  });

  it("a record by a person of the wrong role who is also out of post is wrong-role", () => {
    // The director is not the daily record's role, whatever his dates.
    const u = _unit({ products: { licences: [licence] }, people: [...people, { id: "d2", name: "钱总监", role: "director", from: "2026-06-10" }], records: [daily("2026-06-02", "d2")] });
    expect(mechanismGaps(u, { from: "2026-06-01", to: "2026-06-05" }).wrongRole.map((r) => r.problem)).toEqual(["wrong-role"]);
  });

  it("roles listed by the policy are named, joined, in both languages", () => {
    const two = definePolicy(nanjing2023, { duties: { mechanism: { roles: { daily: ["officer", "director"], weekly: ["director", "principal"], monthly: ["principal", "director"] } } } });
    const g = mechanismGaps(unitWith([]), { from: "2026-06-01", to: "2026-06-30", policy: two });
    expect(rule(g, "mechanism.daily").message).toContain("应有质量安全员、质量安全总监的");
    expect(rule(g, "mechanism.daily").messageEn).toContain("by the officer/director");
    expect(rule(g, "mechanism.weekly").message).toContain("应有质量安全总监、主要负责人的");
    expect(rule(g, "mechanism.weekly").messageEn).toContain("by the director/principal");
    expect(rule(g, "mechanism.monthly").message).toContain("应有主要负责人、质量安全总监主持的");
    expect(rule(g, "mechanism.monthly").messageEn).toContain("by the principal/director");
  });
});

describe("mechanismGaps — the earliest start over roles and categories", () => {
  it("a seller and producer of licensed products, listed seller first: from the producer's 2024-01-01", () => {
    const u = _unit({ roles: ["seller", "producer"], products: { licences: [licence] }, people });
    const g = mechanismGaps(u, { from: "2023-12-30", to: "2024-01-03" });
    expect(g.window).toEqual({ start: "2024-01-01", end: "2024-01-03" });
    expect(rule(g, "mechanism.start").message).toContain("生产单位·实施工业产品生产许可管理的产品");
  });
});
