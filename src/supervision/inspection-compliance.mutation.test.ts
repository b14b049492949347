/**
 * inspectionCompliance and pastInspectionObligations beyond the properties: what the rule
 * says per half-year (二（七）: "半年内现场检查不少于1次", calendar halves, FACTS.md §3
 * [reading]), the day the minimum was reached, inspections on the half-year's edges and
 * listed out of order, the rolling-policy error from the message table, the edges of
 * "past" half-years; tierHistory's and _levelsAt's own edges.
 */
import { describe, expect, it } from "vitest";
import { InvalidDateError, toDayNumber } from "../dates";
import { UnitDataError, UnitSchema, type Unit, type UnitInput } from "../entities";
import { definePolicy, nanjing2023, nanjingTierCitations, PolicyError } from "../policy";
import { thrownAs } from "../../test/_thrown";
import { inspectionCompliance, pastInspectionObligations } from "./inspection-compliance";
import { _compiledPolicy } from "./compile-policy";
import { _levelsAt } from "./levels-at";
import { _firstDayWithout, tierHistory } from "./tier-history";

function unit(over: Partial<UnitInput> = {}): Unit {
  return UnitSchema.parse({ id: "u", name: "单位", uscc: "91350100M000100Y43", roles: ["producer"], ...over });
}
const onsite = (id: string, date: string) => ({ id, date, kind: "onsite" as const });

describe("inspectionCompliance — per half-year", () => {
  // Special (信用风险高) from 2026-01-01.
  const special = (inspections: UnitInput["inspections"]) => unit({ creditRisk: { grade: "D", asOf: "2026-01-01" }, inspections });

  it("the rule says how many, the minimum and whether met, over the half-year through `to`", () => {
    const [h] = inspectionCompliance(special([onsite("b", "2026-03-01"), onsite("a", "2026-01-01"), onsite("c", "2026-05-31")]), { from: "2026-01-01", to: "2026-05-31" });
    // Listed out of order; counted oldest first; the first day and `to` itself count.
    expect(h!.onsiteInspections).toEqual(["a", "b", "c"]);
    expect(h!.doneOn).toBe("2026-01-01");
    const r = h!.reasons.at(-1)!;
    expect(r).toEqual({
      rule: "onsite.inspections",
      fired: true,
      facts: ["a", "b", "c"],
      window: { start: "2026-01-01", end: "2026-05-31" },
      count: 3,
      threshold: 1,
      citation: nanjingTierCitations.halfYear,
      message: "2026-01-01至2026-05-31现场检查3次（不少于1次），已满足",
      messageEn: "3 on-site inspection(s) from 2026-01-01 to 2026-05-31 (at least 1 needed): met",
    });
    expect(h!.period).toEqual({ id: "2026-H1", start: "2026-01-01", end: "2026-06-30" });
    expect(h!.dueOn).toBe("2026-06-30");
  });

  it("not met: says so; inspections outside the half-year or of other kinds are not counted", () => {
    const [h] = inspectionCompliance(special([onsite("old", "2025-12-31"), { id: "d", date: "2026-02-01", kind: "document" }, onsite("next", "2026-07-01")]), { from: "2026-01-01", to: "2026-06-30" });
    expect(h).toMatchObject({ onsiteInspections: [], satisfied: false });
    expect("doneOn" in h!).toBe(false);
    expect(h!.reasons.at(-1)!.message).toBe("2026-01-01至2026-06-30现场检查0次（不少于1次），未满足");
    expect(h!.reasons.at(-1)!.messageEn).toBe("0 on-site inspection(s) from 2026-01-01 to 2026-06-30 (at least 1 needed): not met");
  });

  it("the minimum of 2 is reached on the second inspection's day", () => {
    const twice = definePolicy(nanjing2023, { id: "twice", supervision: { onsiteInspection: { minPerHalfYear: 2 } } });
    const [h] = inspectionCompliance(special([onsite("a", "2026-02-01"), onsite("b", "2026-03-01"), onsite("c", "2026-04-01")]), { from: "2026-01-01", to: "2026-06-30", policy: twice });
    expect(h).toMatchObject({ satisfied: true, doneOn: "2026-03-01", required: 2 });
    const [one] = inspectionCompliance(special([onsite("a", "2026-02-01")]), { from: "2026-01-01", to: "2026-06-30", policy: twice });
    expect(one).toMatchObject({ satisfied: false, onsiteInspections: ["a"] });
    expect(one!.doneOn).toBeUndefined();
  });

  it("a unit never key or special: nothing; one key on the half-year's last day only: that half-year", () => {
    expect(inspectionCompliance(unit(), { from: "2026-01-01", to: "2026-12-31" })).toEqual([]);
    const late = unit({ creditRisk: { grade: "C", asOf: "2026-06-30" } });
    expect(inspectionCompliance(late, { from: "2026-01-01", to: "2026-06-30" }).map((h) => [h.period.id, h.supervised])).toEqual([["2026-H1", [{ level: "key", from: "2026-06-30", to: "2026-06-30" }]]]);
  });

  it("key, then no longer key within one half-year: the half-year is still owed", () => {
    // A significant risk on 2024-03-10 counts through 2026-03-10 (2026-03-10 − 2 years = 2024-03-10).
    const u = unit({ riskEvents: [{ id: "s", date: "2024-03-10", severity: "significant", kind: "other" }] });
    const r = inspectionCompliance(u, { from: "2026-01-01", to: "2026-12-31" });
    expect(r.map((h) => [h.period.id, h.levels, h.supervised])).toEqual([["2026-H1", ["key"], [{ level: "key", from: "2026-01-01", to: "2026-03-10" }]]]);
  });

  it("two ranges asked one after the other get their own half-years", () => {
    const u = special([]);
    expect(inspectionCompliance(u, { from: "2026-01-01", to: "2026-12-31" }).map((h) => h.period.id)).toEqual(["2026-H1", "2026-H2"]);
    expect(inspectionCompliance(u, { from: "2026-01-01", to: "2026-06-30" }).map((h) => h.period.id)).toEqual(["2026-H1"]);
    expect(inspectionCompliance(u, { from: "2026-07-01", to: "2026-12-31" }).map((h) => h.period.id)).toEqual(["2026-H2"]);
  });

  it("a rolling policy is refused with the table's issue", () => {
    const rolling = definePolicy(nanjing2023, { id: "rolling", supervision: { onsiteInspection: { halfYear: "rolling" } } });
    const e = thrownAs(PolicyError, () => inspectionCompliance(special([]), { from: "2026-01-01", to: "2026-06-30", policy: rolling }));
    expect(e.issues).toEqual([
      {
        path: "/supervision/onsiteInspection/halfYear",
        code: "unsupported_half_year",
        params: { policyId: "rolling", received: "rolling", expected: "calendar" },
        message: '监管政策"rolling"按滚动6个月计算“半年内”，无法按历史半年度核对现场检查',
        messageEn: 'Policy "rolling" reads "半年内" as the rolling six months; past half-years are calendar periods and cannot be judged under it',
      },
    ]);
    expect(e.value).toBe("rolling");
    expect(e.params.policyId).toBe("rolling");
  });

  it("a reversed range names both ends", () => {
    const e = thrownAs(InvalidDateError, () => inspectionCompliance(special([]), { from: "2026-02-01", to: "2026-01-31" }));
    expect(e.message).toContain("the range must not end (2026-01-31) before it starts (2026-02-01)");
    // One day is a range.
    expect(inspectionCompliance(special([]), { from: "2026-02-01", to: "2026-02-01" }).map((h) => h.period.id)).toEqual(["2026-H1"]);
  });
});

describe("pastInspectionObligations — which half-years are past", () => {
  const u = unit({ creditRisk: { grade: "D", asOf: "2025-12-15" }, inspections: [onsite("i1", "2025-12-20")] });

  it("from the day before asOf: the half-year that ended then is reported", () => {
    expect(pastInspectionObligations(u, { asOf: "2026-07-01", from: "2026-06-30" }).map((o) => [o.period.id, o.status, o.kind, o.owedBy])).toEqual([["2026-H1", "overdue", "onsite-inspection", "regulator"]]);
    expect(pastInspectionObligations(u, { asOf: "2026-07-01", from: "2026-07-01" })).toEqual([]);
  });

  it("a met half-year keeps its dates and reasons", () => {
    const [o] = pastInspectionObligations(u, { asOf: "2026-01-01" });
    expect(o).toMatchObject({ status: "met", doneOn: "2025-12-20", period: { id: "2025-H2" }, supervised: [{ level: "special", from: "2025-12-15", to: "2025-12-31" }] });
    expect(o!.reasons.map((r) => r.rule)).toEqual(["special.credit", "onsite.inspections"]);
  });

  it("the default start is the orders' effective date, 2023-05-05", () => {
    const early = unit({ creditRisk: { grade: "C", asOf: "2020-01-01" } });
    expect(pastInspectionObligations(early, { asOf: "2023-07-01" }).map((o) => [o.period.id, o.supervised[0]!.from])).toEqual([["2023-H1", "2023-01-01"]]);
    expect(pastInspectionObligations(early, { asOf: "2023-05-06" })).toEqual([]);
  });
});

describe("tierHistory and _levelsAt — edges", () => {
  it("a reversed range is refused, naming both ends", () => {
    const e = thrownAs(InvalidDateError, () => tierHistory(unit(), { from: "2026-02-01", to: "2026-01-31" }));
    expect(e.message).toContain("the range must not end (2026-01-31) before it starts (2026-02-01)");
  });

  it("facts dated after `to`, and a credit class dated after `to`, change nothing", () => {
    const u = unit({ riskEvents: [{ id: "m", date: "2026-07-01", severity: "major", kind: "other" }], creditRisk: { grade: "D", asOf: "2026-07-01" } });
    expect(tierHistory(u, { from: "2026-01-01", to: "2026-06-30" }).map((i) => [i.level, i.from, i.to])).toEqual([["trigger", "2026-01-01", "2026-06-30"]]);
    // An event on `from` itself: the first stretch already holds it.
    const v = unit({ riskEvents: [{ id: "m", date: "2026-01-01", severity: "significant", kind: "other" }] });
    expect(tierHistory(v, { from: "2026-01-01", to: "2026-01-02" }).map((i) => [i.level, i.from, i.to])).toEqual([["key", "2026-01-01", "2026-01-02"]]);
    // A change on `to` itself is a one-day stretch.
    expect(tierHistory(v, { from: "2025-12-30", to: "2026-01-01" }).map((i) => [i.level, i.from, i.to])).toEqual([
      ["trigger", "2025-12-30", "2025-12-31"],
      ["key", "2026-01-01", "2026-01-01"],
    ]);
  });

  it("_firstDayWithout: never past 9999-12-31", () => {
    expect(_firstDayWithout(toDayNumber("9998-06-01"), 2, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(_firstDayWithout(toDayNumber("9997-06-01"), 2, 0)).toBe(toDayNumber("9999-06-02"));
  });

  it("_levelsAt: an unknown credit class is a located data error naming the unit (or no unit when the id is not text)", () => {
    const c = _compiledPolicy(nanjing2023);
    const e = thrownAs(UnitDataError, () => _levelsAt(unit({ creditRisk: { grade: "Z", asOf: "2025-01-01" } }), [toDayNumber("2025-01-01")], c));
    expect([e.code, e.path, e.value, e.expected, e.policyId, e.unitId]).toEqual(["unknown_credit_class", "/creditRisk/grade", "Z", ["A", "B", "C", "D"], "nanjing2023", "u"]);
    const raw = { ...unit(), id: 7, creditRisk: { grade: "Z", asOf: "2025-01-01" } } as unknown as Unit;
    expect(thrownAs(UnitDataError, () => _levelsAt(raw, [toDayNumber("2025-01-01")], c)).unitId).toBeUndefined();
  });

  it("_levelsAt: an event of unknown severity is a TypeError naming it", () => {
    const bad = { ...unit(), riskEvents: [{ id: "x", date: "2026-01-01", severity: "huge", kind: "other" }] } as unknown as Unit;
    expect(thrownAs(TypeError, () => _levelsAt(bad, [toDayNumber("2026-01-01")], _compiledPolicy(nanjing2023))).message).toBe('Risk event "x": unknown severity "huge" or kind "other"; validate the unit first.');
  });

  it("_levelsAt: the credit class applies from its date, days asked in any order", () => {
    const u = unit({ creditRisk: { grade: "C", asOf: "2026-03-01" } });
    const days = ["2026-03-02", "2026-02-28", "2026-03-01", "2026-01-01"].map(toDayNumber);
    expect(_levelsAt(u, days, _compiledPolicy(nanjing2023))).toEqual(["key", "trigger", "key", "trigger"]);
  });
});
