import { describe, expect, it } from "vitest";
import { createWorkCalendar } from "../calendar";
import { UnitSchema, type Unit, type UnitInput } from "../entities";
import { definePolicy, nanjing2023 } from "../policy";
import { OBLIGATION_KINDS, obligationLabels } from "./kinds";
import { obligations } from "./obligations";
import type { Obligation } from "./types";

const licence = { number: "XK08-001-04763", product: "燃气灶具" };
const boss = { id: "boss", name: "王总", role: "principal" as const, from: "2020-01-01" };
const off = { id: "off", name: "李安全员", role: "officer" as const, from: "2020-01-01" };
const dir = { id: "dir", name: "张总监", role: "director" as const, from: "2020-01-01" };

function unit(over: Partial<UnitInput> = {}): Unit {
  return UnitSchema.parse({
    id: "u1",
    name: "测试单位",
    uscc: "91350100M000100Y43",
    roles: ["producer"],
    products: { licences: [licence] },
    people: [boss, off, dir],
    platformEntry: { enteredOn: "2023-12-01" },
    ...over,
  });
}
const of = <K extends Obligation["kind"]>(list: Obligation[], kind: K) => list.filter((o): o is Extract<Obligation, { kind: K }> => o.kind === kind);

describe("obligations — official change (plan 二（七）: 5 working days)", () => {
  // 2026-04-30 (Thu) + 5 working days: May 1–5 off, May 6, 7, 8, Sat May 9 (adjusted working day), Mon May 11.
  const assignments = (recordedOn: string) => [
    { official: "甲", from: "2025-01-01", recordedOn: "2025-01-02" },
    { official: "乙", from: "2026-04-30", recordedOn },
  ];
  it("a change on 2026-04-30 is due 2026-05-11", () => {
    const [o] = of(obligations(unit({ assignments: assignments("2026-05-11") }), { asOf: "2026-05-20" }), "official-change");
    expect(o).toMatchObject({ kind: "official-change", owedBy: "regulator", dueOn: "2026-05-11", status: "met", doneOn: "2026-05-11", subject: { official: "乙", assignmentIndex: 1 } });
  });
  it("recorded a day late is late; not recorded by asOf is open, then overdue", () => {
    expect(of(obligations(unit({ assignments: assignments("2026-05-12") }), { asOf: "2026-05-20" }), "official-change")[0]).toMatchObject({ status: "late", doneOn: "2026-05-12" });
    const later = unit({ assignments: assignments("2026-05-15") });
    expect(of(obligations(later, { asOf: "2026-05-11" }), "official-change")[0]).toMatchObject({ status: "open" });
    const overdue = of(obligations(later, { asOf: "2026-05-12" }), "official-change")[0]!;
    expect(overdue.status).toBe("overdue");
    expect(overdue).not.toHaveProperty("doneOn");
  });
  it("the first assignment and changes after asOf owe nothing", () => {
    expect(of(obligations(unit({ assignments: assignments("2026-05-11") }), { asOf: "2026-04-29" }), "official-change")).toEqual([]);
  });
});

describe("obligations — staffing", () => {
  const left = { ...dir, to: "2026-03-31" };
  it("a director who left leaves the director duty open from the day after `to`", () => {
    const u = unit({ people: [boss, off, left] });
    expect(of(obligations(u, { asOf: "2026-03-31" }), "staffing-director")).toEqual([]);
    const [o] = of(obligations(u, { asOf: "2026-04-01" }), "staffing-director");
    expect(o).toMatchObject({ dueOn: "2026-04-01", status: "open", subject: { role: "director", personId: "dir", period: { start: "2026-04-01", end: "2026-04-01" } } });
    expect(of(obligations(u, { asOf: "2026-04-02" }), "staffing-director")[0]).toMatchObject({ status: "overdue" });
  });
  it("filled later: late, done the day the successor starts", () => {
    const next = { id: "dir2", name: "赵总监", role: "director" as const, from: "2026-04-10" };
    const [o] = of(obligations(unit({ people: [boss, off, left, next] }), { asOf: "2026-04-20" }), "staffing-director");
    expect(o).toMatchObject({ dueOn: "2026-04-01", status: "late", doneOn: "2026-04-10", subject: { period: { start: "2026-04-01", end: "2026-04-09" } } });
  });
  it("a grace period is a policy parameter", () => {
    const p = definePolicy(nanjing2023, { duties: { staffing: { vacancy: { graceDays: 15 } } } });
    expect(of(obligations(unit({ people: [boss, off, left] }), { asOf: "2026-04-10", policy: p }), "staffing-director")[0]).toMatchObject({ dueOn: "2026-04-16", status: "open" });
  });
  it("a post never filled is owed since the orders took effect (2023-05-05)", () => {
    expect(of(obligations(unit({ people: [boss, dir] }), { asOf: "2026-01-05" }), "staffing-officer")[0]).toMatchObject({ dueOn: "2023-05-05", status: "overdue" });
  });

  // Orders 75/76 Art. 2–3: the posts are owed by units in scope; a unit enters scope (and
  // the licence/CCC director criterion, FACTS.md §1 [reading]) when its licence is issued.
  const lic2025 = { ...licence, issuedOn: "2025-03-01" };
  const reasonOf = (o: Obligation | undefined) => o!.reasons.find((r) => r.rule.startsWith("staffing.vacant"))!;
  it("a unit in scope only from its licence's issue (2025-03-01) owes the posts from that day, not 2023-05-05", () => {
    const list = obligations(unit({ products: { licences: [lic2025] }, people: [boss] }), { asOf: "2026-01-05" });
    for (const kind of ["staffing-officer", "staffing-director"] as const) {
      const [o] = of(list, kind);
      expect(o).toMatchObject({ dueOn: "2025-03-01", status: "overdue", subject: { period: { start: "2025-03-01", end: "2026-01-05" } } });
      expect(reasonOf(o).message).toContain("2025-03-01");
      expect(reasonOf(o).facts).toContain("XK08-001-04763");
    }
  });
  it("a post first filled after the requirement began: due that day, done when the first holder starts", () => {
    const first = { ...dir, from: "2025-04-10" };
    const [o] = of(obligations(unit({ products: { licences: [lic2025] }, people: [boss, off, first] }), { asOf: "2026-01-05" }), "staffing-director");
    expect(o).toMatchObject({ dueOn: "2025-03-01", status: "late", doneOn: "2025-04-10", subject: { role: "director", period: { start: "2025-03-01", end: "2025-04-09" } } });
    expect(o!.subject).not.toHaveProperty("personId");
    expect(reasonOf(o).facts).toContain("dir");
    // 2025-03-01 + 40 days = 2025-04-10: met within the grace days.
    const p = definePolicy(nanjing2023, { duties: { staffing: { vacancy: { graceDays: 40 } } } });
    const [g] = of(obligations(unit({ products: { licences: [lic2025] }, people: [boss, off, first] }), { asOf: "2026-01-05", policy: p }), "staffing-director");
    expect(g).toMatchObject({ dueOn: "2025-04-10", status: "met", doneOn: "2025-04-10" });
    // The first holder on the requirement's first day: nothing owed.
    expect(of(obligations(unit({ products: { licences: [lic2025] }, people: [boss, off, { ...dir, from: "2025-03-01" }] }), { asOf: "2026-01-05" }), "staffing-director")).toEqual([]);
  });
  it("a post first filled after 2023-05-05 by a unit in scope from before: due 2023-05-05, late", () => {
    const [o] = of(obligations(unit({ people: [boss, dir, { ...off, from: "2024-01-10" }] }), { asOf: "2026-01-05" }), "staffing-officer");
    expect(o).toMatchObject({ dueOn: "2023-05-05", status: "late", doneOn: "2024-01-10", subject: { period: { start: "2023-05-05", end: "2024-01-09" } } });
  });
  it("a licence issued before 2023-05-05, or renewed back to back, dates from the effective date", () => {
    const old = { ...licence, issuedOn: "2020-06-01" };
    expect(of(obligations(unit({ products: { licences: [old] }, people: [boss, off] }), { asOf: "2026-01-05" }), "staffing-director")[0]).toMatchObject({ dueOn: "2023-05-05" });
    const expired = { ...licence, number: "XK08-001-00001", issuedOn: "2020-06-01", expiresOn: "2025-02-28" };
    expect(of(obligations(unit({ products: { licences: [expired, lic2025] }, people: [boss, off] }), { asOf: "2026-01-05" }), "staffing-director")[0]).toMatchObject({ dueOn: "2023-05-05" });
    // A gap in the licences (2025-01-01..2025-02-28). Issue 15, 1: "an expired certificate while
    // still producing is a violation, not an exemption" — under the default product-regime basis
    // the unit stays in scope through the gap, so the post is owed from the effective date …
    const lapsed = { ...expired, expiresOn: "2024-12-31" };
    expect(of(obligations(unit({ products: { licences: [lapsed, lic2025] }, people: [boss, off] }), { asOf: "2026-01-05" }), "staffing-director")[0]).toMatchObject({ dueOn: "2023-05-05" });
    // … and only the named option valid-certificates dates it from the new licence.
    const byValidity = definePolicy(nanjing2023, { duties: { scope: { basis: "valid-certificates" } } });
    expect(
      of(obligations(unit({ products: { licences: [lapsed, lic2025] }, people: [boss, off] }), { asOf: "2026-01-05", policy: byValidity }), "staffing-director")[0],
    ).toMatchObject({ dueOn: "2025-03-01" });
  });
  it("a CCC certificate's issue date counts the same way", () => {
    // A producer's own certificate (issue 15, 1: "sellers hold no maker's licence").
    const ccc = { number: "2016010901123456", product: "电动自行车", issuedOn: "2024-07-15" };
    const u = unit({ roles: ["producer"], products: { cccCertificates: [ccc] }, people: [boss] });
    expect(of(obligations(u, { asOf: "2026-01-05" }), "staffing-director")[0]).toMatchObject({ dueOn: "2024-07-15", status: "overdue" });
  });
  it("when the data does not tell when the requirement began, the effective date is kept and the reason says so", () => {
    // No issuedOn on the licence.
    const [a] = of(obligations(unit({ people: [boss, off] }), { asOf: "2026-01-05" }), "staffing-director");
    expect(a).toMatchObject({ dueOn: "2023-05-05" });
    expect(reasonOf(a).message).toContain("数据未载明");
    // Mandatory-standard products (large unit): the director and the officer, even with a licence issued later.
    const ms = unit({ size: "large", products: { mandatoryStandard: true, licences: [lic2025] }, people: [boss] });
    for (const kind of ["staffing-officer", "staffing-director"] as const) {
      const [o] = of(obligations(ms, { asOf: "2026-01-05" }), kind);
      expect(o).toMatchObject({ dueOn: "2023-05-05" });
      expect(reasonOf(o).messageEn).toContain("does not tell");
    }
    // …but a licence held since before 2023-05-05 settles it: from the effective date, known.
    const [k] = of(obligations(unit({ size: "large", products: { mandatoryStandard: true, licences: [{ ...licence, issuedOn: "2023-03-01" }] }, people: [boss, off] }), { asOf: "2026-01-05" }), "staffing-director");
    expect(k).toMatchObject({ dueOn: "2023-05-05" });
    expect(reasonOf(k).message).not.toContain("数据未载明");
  });
});

describe("obligations — daily / weekly / monthly records (plan 二（四）)", () => {
  const rec = (kind: "daily" | "weekly" | "monthly", date: string, by: string) => ({ kind, date, byPersonId: by, zeroRisk: true });
  it("today's daily record is open until the day ends; yesterday's is overdue", () => {
    const list = obligations(unit(), { asOf: "2026-06-18" });
    expect(of(list, "daily-record").map((o) => [o.dueOn, o.status])).toEqual([
      ["2026-06-17", "overdue"],
      ["2026-06-18", "open"],
    ]);
    const done = obligations(unit({ records: [rec("daily", "2026-06-17", "off"), rec("daily", "2026-06-18", "off")] }), { asOf: "2026-06-18" });
    expect(of(done, "daily-record").map((o) => [o.status, o.doneOn])).toEqual([
      ["met", "2026-06-17"],
      ["met", "2026-06-18"],
    ]);
  });
  it("no daily record is owed on 2026-06-19 (Dragon Boat Festival)", () => {
    expect(of(obligations(unit(), { asOf: "2026-06-19" }), "daily-record").map((o) => o.dueOn)).toEqual(["2026-06-18"]);
    // Monday 06-22: the previous working day is Thursday 06-18.
    expect(of(obligations(unit(), { asOf: "2026-06-22" }), "daily-record").map((o) => o.dueOn)).toEqual(["2026-06-18", "2026-06-22"]);
  });
  it("the unit's own operating calendar decides the daily days", () => {
    const ops = createWorkCalendar({
      id: "ops",
      weekendDays: [7],
      years: [{ year: 2026, offDays: [], workingWeekendDays: [], source: { title: "企业生产日历", publishedOn: "2025-12-01" } }],
    });
    expect(of(obligations(unit(), { asOf: "2026-06-19", unitCalendar: ops }), "daily-record").map((o) => o.dueOn)).toEqual(["2026-06-18", "2026-06-19"]);
  });
  it("a record by the wrong role does not meet the duty", () => {
    const list = obligations(unit({ records: [rec("daily", "2026-06-18", "dir")] }), { asOf: "2026-06-18" });
    expect(of(list, "daily-record")[1]).toMatchObject({ status: "open" });
  });
  it("the current and previous ISO week and month", () => {
    const u = unit({ records: [rec("weekly", "2026-06-08", "dir"), rec("monthly", "2026-05-29", "boss")] });
    const list = obligations(u, { asOf: "2026-06-18" });
    expect(of(list, "weekly-record").map((o) => [o.subject?.period?.id, o.dueOn, o.status, o.doneOn])).toEqual([
      ["2026-W24", "2026-06-14", "met", "2026-06-08"],
      ["2026-W25", "2026-06-21", "open", undefined],
    ]);
    expect(of(list, "monthly-record").map((o) => [o.subject?.period?.id, o.dueOn, o.status])).toEqual([
      ["2026-05", "2026-05-31", "met"],
      ["2026-06", "2026-06-30", "open"],
    ]);
    expect(of(obligations(unit(), { asOf: "2026-06-18" }), "weekly-record")[0]).toMatchObject({ status: "overdue" });
  });
  it("nothing for a unit out of scope, nor before the orders took effect", () => {
    const outOfScope = obligations(unit({ products: { licences: [] } }), { asOf: "2026-06-18" });
    expect(outOfScope.map((o) => o.kind)).toEqual(["data-entry"]);
    const early = obligations(unit(), { asOf: "2023-05-04" });
    expect(early.filter((o) => o.kind.endsWith("-record") || o.kind.startsWith("staffing"))).toEqual([]);
  });
});

describe("obligations — rectification (plan 二（三）; 30 days, a reading)", () => {
  const failed = { personId: "off", date: "2026-03-10", passed: false };
  it("due 30 days after the failed assessment (2026-04-09)", () => {
    expect(of(obligations(unit({ assessments: [failed] }), { asOf: "2026-04-09" }), "rectification")[0]).toMatchObject({ dueOn: "2026-04-09", status: "open", subject: { personId: "off", role: "officer", assessmentIndex: 0 } });
    expect(of(obligations(unit({ assessments: [failed] }), { asOf: "2026-04-10" }), "rectification")[0]).toMatchObject({ status: "overdue" });
  });
  it("met by a pass in time, late by a later pass, met by leaving the post", () => {
    const pass = (date: string) => ({ personId: "off", date, passed: true });
    expect(of(obligations(unit({ assessments: [failed, pass("2026-04-01")] }), { asOf: "2026-05-01" }), "rectification")[0]).toMatchObject({ status: "met", doneOn: "2026-04-01" });
    expect(of(obligations(unit({ assessments: [failed, pass("2026-04-20")] }), { asOf: "2026-05-01" }), "rectification")[0]).toMatchObject({ status: "late", doneOn: "2026-04-20" });
    const gone = unit({ people: [boss, { ...off, to: "2026-03-20" }, { ...off, id: "off2", from: "2026-03-21" }, dir], assessments: [failed] });
    expect(of(obligations(gone, { asOf: "2026-05-01" }), "rectification")[0]).toMatchObject({ status: "met", doneOn: "2026-03-20" });
  });
});

describe("obligations — data entry (plan 一, 二（五）)", () => {
  it("a licensed producer: 2023-12-31", () => {
    const e = (enteredOn: string | undefined, asOf: string) => of(obligations(unit({ platformEntry: enteredOn ? { enteredOn } : undefined }), { asOf }), "data-entry")[0];
    expect(e("2023-12-20", "2024-06-01")).toMatchObject({ dueOn: "2023-12-31", status: "met", owedBy: "unit" });
    expect(e("2024-01-05", "2024-06-01")).toMatchObject({ status: "late", doneOn: "2024-01-05" });
    expect(e(undefined, "2023-12-31")).toMatchObject({ status: "open" });
    expect(e(undefined, "2024-01-01")).toMatchObject({ status: "overdue" });
  });
  it("a priority unit is entered by the regulator (核实一批录入一批)", () => {
    const seller = unit({ roles: ["seller"], products: { cccCertificates: [{ number: "2016010901123456", product: "电动自行车" }] } });
    expect(of(obligations(seller, { asOf: "2024-06-01" }), "data-entry")[0]).toMatchObject({ dueOn: "2023-12-31", owedBy: "regulator" });
  });
});

describe("obligations — recall (plan 二（七）; due on confirmation, a reading)", () => {
  const defect = (recallStartedOn?: string) => ({ id: "d1", confirmedOn: "2026-03-02", ...(recallStartedOn && { recallStartedOn }) });
  it("met when the recall starts on confirmation, late the day after, overdue while not started", () => {
    expect(of(obligations(unit({ defects: [defect("2026-03-02")] }), { asOf: "2026-04-01" }), "recall")[0]).toMatchObject({ dueOn: "2026-03-02", status: "met", subject: { defectId: "d1" } });
    expect(of(obligations(unit({ defects: [defect("2026-03-03")] }), { asOf: "2026-04-01" }), "recall")[0]).toMatchObject({ status: "late" });
    expect(of(obligations(unit({ defects: [defect()] }), { asOf: "2026-03-02" }), "recall")[0]).toMatchObject({ status: "open" });
    expect(of(obligations(unit({ defects: [defect()] }), { asOf: "2026-03-03" }), "recall")[0]).toMatchObject({ status: "overdue" });
  });
  it("sellers are not made to recall", () => {
    expect(of(obligations(unit({ roles: ["seller"], defects: [defect()] }), { asOf: "2026-04-01" }), "recall")).toEqual([]);
  });
});

describe("obligations — on-site inspection (plan 二（七）: at least once each half-year)", () => {
  const risk = (id: string, date: string) => ({ id, date, severity: "significant" as const, kind: "sampling-failure" as const });
  it("a key unit owes one inspection in the current half-year", () => {
    const u = unit({ riskEvents: [risk("r1", "2026-01-10")] });
    expect(of(obligations(u, { asOf: "2026-05-20" }), "onsite-inspection")).toEqual([
      expect.objectContaining({ owedBy: "regulator", dueOn: "2026-06-30", status: "open", subject: { period: { id: "2026-H1", start: "2026-01-01", end: "2026-06-30" } } }),
    ]);
    const done = unit({ riskEvents: [risk("r1", "2026-01-10")], inspections: [{ id: "i1", date: "2026-03-01", kind: "onsite" }] });
    expect(of(obligations(done, { asOf: "2026-05-20" }), "onsite-inspection")[0]).toMatchObject({ status: "met", doneOn: "2026-03-01" });
  });
  it("and every past half-year in which it was key on any day, never inspected → overdue (issue 9)", () => {
    // Key from the significant risk of 2025-06-01 on: June 2025 makes 2025-H1 a key half-year too.
    const u = unit({ riskEvents: [risk("r0", "2025-06-01")] });
    expect(of(obligations(u, { asOf: "2026-05-20" }), "onsite-inspection").map((o) => [o.subject?.period?.id, o.status])).toEqual([
      ["2025-H1", "overdue"],
      ["2025-H2", "overdue"],
      ["2026-H1", "open"],
    ]);
  });
  it("a unit special during a past first half-year and never inspected then shows that half as overdue (issue 9)", () => {
    // Three major risks within two years (二（七）): special from 2025-01-10, the third one's day.
    const major = (id: string, date: string) => ({ id, date, severity: "major" as const, kind: "sampling-failure" as const });
    const u = unit({
      riskEvents: [major("m1", "2024-05-10"), major("m2", "2024-09-10"), major("m3", "2025-01-10")],
      inspections: [{ id: "i2", date: "2025-08-01", kind: "onsite" }],
    });
    const list = of(obligations(u, { asOf: "2026-01-20" }), "onsite-inspection").map((o) => [o.subject?.period?.id, o.status, o.doneOn]);
    // 2024-H1 and 2024-H2 were key (a major risk is also a significant-or-higher risk), never inspected.
    expect(list).toEqual([
      ["2024-H1", "overdue", undefined],
      ["2024-H2", "overdue", undefined],
      ["2025-H1", "overdue", undefined],
      ["2025-H2", "met", "2025-08-01"],
      ["2026-H1", "open", undefined],
    ]);
  });
  it("names its department and policy", () => {
    const u = unit({ riskEvents: [risk("r0", "2025-06-01")] });
    // 附件1 三（一）质量监督处 统筹协调 — the Nanjing routing sends the on-site checks of key units there.
    const o = of(obligations(u, { asOf: "2026-05-20" }), "onsite-inspection")[0]!;
    expect(o.policy).toEqual({ id: "nanjing2023", version: nanjing2023.version });
    expect(Object.keys(nanjing2023.departments.members)).toContain(o.department);
  });
  it("a routine unit owes none", () => {
    expect(of(obligations(unit(), { asOf: "2026-05-20" }), "onsite-inspection")).toEqual([]);
  });
});

describe("obligations — the agenda", () => {
  it("is sorted by due date, then kind", () => {
    const list = obligations(
      unit({
        people: [boss, off, { ...dir, to: "2026-03-31" }],
        assessments: [{ personId: "off", date: "2026-03-10", passed: false }],
        defects: [{ id: "d1", confirmedOn: "2026-04-01" }],
        assignments: [
          { official: "甲", from: "2025-01-01", recordedOn: "2025-01-02" },
          { official: "乙", from: "2026-04-30", recordedOn: "2026-05-11" },
        ],
      }),
      { asOf: "2026-06-18" },
    );
    const dues = list.map((o) => o.dueOn);
    expect(dues).toEqual([...dues].sort());
    expect(list.map((o) => o.kind)).toEqual([
      "data-entry", // 2023-12-31
      "staffing-director", // 2026-04-01
      "recall", // 2026-04-01
      "rectification", // 2026-04-09
      "official-change", // 2026-05-11
      "monthly-record", // 2026-05-31
      "weekly-record", // 2026-06-14
      "daily-record", // 2026-06-17
      "daily-record", // 2026-06-18
      "weekly-record", // 2026-06-21
      "monthly-record", // 2026-06-30
    ]);
    for (const o of list) expect(o.reasons.length).toBeGreaterThan(0);
  });

  it("every kind has labels", () => {
    for (const k of OBLIGATION_KINDS) expect(obligationLabels.kind[k].zh.length).toBeGreaterThan(0);
  });
});

describe("obligations — partial answers when the calendar lacks a year (issue 12)", () => {
  // The calendar holds the State Council notices for 2023–2026 only. A change on 2022-06-01
  // needs 2022's holidays; one on 2026-12-28 (Mon) needs 2027's: 12-29, 30, 31 are three
  // working days in 2026, the 4th and 5th fall in 2027, whose notice is not held.
  const data = unit({
    assignments: [
      { official: "甲", from: "2021-03-01", recordedOn: "2021-03-01" },
      { official: "乙", from: "2022-06-01", recordedOn: "2022-06-20" },
      { official: "丙", from: "2026-12-28", recordedOn: "2027-01-20" },
    ],
    riskEvents: [{ id: "r2021", date: "2021-05-01", severity: "major", kind: "sampling-failure" }],
  });

  it("as of 2026-12-31: both changes are unknown with their missing years; the rest is computed", () => {
    const agenda = obligations(data, { asOf: "2026-12-31" });
    const changes = of(agenda, "official-change");
    expect(changes.map((o) => [o.subject, o.status, o.dueOn])).toEqual([
      [{ official: "乙", assignmentIndex: 1, changedOn: "2022-06-01" }, "unknown", null],
      [{ official: "丙", assignmentIndex: 2, changedOn: "2026-12-28" }, "unknown", null],
    ]);
    const gap = (o: Obligation) => o.reasons.find((r) => "code" in r && r.code === "calendar-coverage") as { missingYears: number[]; message: string; messageEn: string; rule: string } | undefined;
    expect(gap(changes[0]!)?.missingYears).toEqual([2022]);
    expect(gap(changes[1]!)?.missingYears).toEqual([2027]);
    expect(gap(changes[1]!)?.message).toContain("2027 年放假安排尚未收录");
    expect(gap(changes[1]!)?.rule).toBe(changes[1]!.decidedBy);
    // The 2022 change was recorded on 2022-06-20: done, whether in time is unknown.
    expect(changes[0]!.doneOn).toBe("2022-06-20");
    expect(changes[1]!.doneOn).toBeUndefined();
    // Unknown due dates sort last.
    expect(agenda.slice(-2)).toEqual(changes);
    // 2026-12-31 (Thu) is a working day of the 2026 calendar: the daily record is judged.
    expect(of(agenda, "daily-record").map((o) => [o.subject.period.id, o.status])).toEqual([
      ["2026-12-30", "overdue"],
      ["2026-12-31", "open"],
    ]);
  });

  it("as of 2027-01-15: the daily record is unknown, weeks and months are computed", () => {
    const agenda = obligations(data, { asOf: "2027-01-15" });
    const daily = of(agenda, "daily-record");
    expect(daily.map((o) => [o.subject.period.id, o.status, o.dueOn])).toEqual([["2027-01-15", "unknown", null]]);
    // ISO weeks: 2027-01-15 is a Friday in 2027-W02 (01-11..01-17); the week before is 2027-W01 (01-04..01-10).
    expect(of(agenda, "weekly-record").map((o) => [o.subject.period.id, o.dueOn, o.status])).toEqual([
      ["2027-W01", "2027-01-10", "overdue"],
      ["2027-W02", "2027-01-17", "open"],
    ]);
    expect(of(agenda, "monthly-record").map((o) => [o.subject.period.id, o.dueOn, o.status])).toEqual([
      ["2026-12", "2026-12-31", "overdue"],
      ["2027-01", "2027-01-31", "open"],
    ]);
    // Fixed dates and half-years need no working days.
    expect(of(agenda, "data-entry")[0]).toMatchObject({ dueOn: "2023-12-31", status: "met" });
    const change = of(agenda, "official-change")[1]!;
    expect(change).toMatchObject({ status: "unknown", dueOn: null });
  });

  it("every obligation names its deciding reason by rule id", () => {
    for (const asOf of ["2026-05-12", "2026-12-31", "2027-01-15"]) {
      for (const o of obligations(data, { asOf })) expect(o.reasons.map((r) => r.rule)).toContain(o.decidedBy);
    }
  });
});
