/**
 * The compiled policy as classifyUnit shows it: the duties key and special supervision
 * bring (二（七）: 年度名单, 监管责任人, 半年内现场检查不少于1次, 5个工作日内更新; recall for
 * producers) with the policy's numbers, the readings each rule rests on (FACTS.md [reading]),
 * the masks (which severities, kinds, credit levels and roles count), and the caches (a
 * frozen policy compiled once, shared frozen windows and duties).
 */
import { describe, expect, it } from "vitest";
import { UnitSchema, type RiskEvent, type Unit, type UnitInput } from "../entities";
import { anhui2023, definePolicy, nanjing2023, nanjingTierCitations, type Policy } from "../policy";
import { classifyUnit } from "./classify-unit";
import { _compiledPolicy, _windowsAsOf } from "./compile-policy";

function unit(over: Partial<UnitInput> = {}): Unit {
  return UnitSchema.parse({ id: "u1", name: "某燃气具有限公司", uscc: "91350100M000100Y43", roles: ["producer"], ...over });
}
const ev = (id: string, date: string, severity: RiskEvent["severity"], kind: RiskEvent["kind"] = "other"): RiskEvent => ({ id, date, severity, kind });
const asOf = "2026-06-30";
const keyUnit = (roles: UnitInput["roles"] = ["seller"]) => unit({ roles, creditRisk: { grade: "C", asOf: "2026-01-01" } });
const copy = (p: Policy): Policy => JSON.parse(JSON.stringify(p)) as Policy;

describe("the duties of key and special supervision (二（七）)", () => {
  it("under nanjing2023, each with its words, number and clause", () => {
    const d = classifyUnit(keyUnit(), { asOf }).duties;
    expect(d.map((x) => [x.duty, x.message, x.messageEn, x.amount])).toEqual([
      ["annual-list", "列入生产、销售单位重点监管、特别监管年度名单（分别建立）", "Put on the annual list of key and special units (separate lists for producers and sellers)", undefined],
      ["responsible-official", "监管责任建档锁定明确到人（明确监管责任人）", "Name a responsible official (监管责任人) for the unit", undefined],
      ["onsite-inspection", "每半年（1月1日至6月30日、7月1日至12月31日）现场检查不少于1次", "At least 1 on-site inspection(s) in each calendar half-year", 1],
      ["official-change-record", "监管责任人如有变动，应在5个工作日内更新", "Record a change of responsible official within 5 working days", 5],
    ]);
    expect(d.map((x) => x.citation)).toEqual([nanjingTierCitations.annualLists, nanjingTierCitations.responsibleOfficial, nanjingTierCitations.onsiteInspection, nanjingTierCitations.officialChange]);
  });

  it("a producer's recall duty, its words and clause", () => {
    const d = classifyUnit(keyUnit(["producer"]), { asOf }).duties.at(-1)!;
    expect(d).toEqual({
      duty: "recall",
      message: "经确认产品存在缺陷的，督促生产单位按照国家有关规定进行召回",
      messageEn: "Where a product defect is confirmed, make the producer recall it under national rules",
      citation: nanjingTierCitations.recall,
    });
  });

  it("a policy compiled afresh (definePolicy) brings the same duties, the recall duty's words included", () => {
    const fresh = definePolicy(nanjing2023, { id: "fresh-duties" });
    const key = classifyUnit(keyUnit(["producer"]), { asOf, policy: fresh }).duties;
    expect(key.map((x) => x.duty)).toEqual(["annual-list", "responsible-official", "onsite-inspection", "official-change-record", "recall"]);
    expect(key.at(-1)).toMatchObject({ message: "经确认产品存在缺陷的，督促生产单位按照国家有关规定进行召回", messageEn: "Where a product defect is confirmed, make the producer recall it under national rules" });
    expect(classifyUnit(keyUnit(["seller"]), { asOf, policy: fresh }).duties.map((x) => x.duty)).toEqual(["annual-list", "responsible-official", "onsite-inspection", "official-change-record"]);
    const trigger = classifyUnit(unit(), { asOf, policy: fresh }).duties;
    expect(trigger.map((x) => [x.duty, x.message])).toEqual([["recall", "经确认产品存在缺陷的，督促生产单位按照国家有关规定进行召回"]]);
  });

  it("a rolling half-year and other numbers are said so", () => {
    const p = definePolicy(nanjing2023, { id: "rolling2", supervision: { onsiteInspection: { halfYear: "rolling", minPerHalfYear: 2 }, responsibleOfficial: { updateWithinWorkingDays: 3 } } });
    const d = classifyUnit(keyUnit(), { asOf, policy: p }).duties;
    expect(d[2]).toMatchObject({ message: "截至当日的近6个月内现场检查不少于2次", messageEn: "At least 2 on-site inspection(s) in the six months ending on the day", amount: 2 });
    expect(d[3]).toMatchObject({ message: "监管责任人如有变动，应在3个工作日内更新", messageEn: "Record a change of responsible official within 3 working days", amount: 3 });
  });

  it("a policy whose recall roles include sellers gives sellers the recall duty; one with none gives it to nobody", () => {
    const both = definePolicy(nanjing2023, { id: "recall-both", supervision: { recall: { roles: ["producer", "seller"] } } });
    expect(classifyUnit(unit({ roles: ["seller"] }), { asOf, policy: both }).duties.map((x) => x.duty)).toEqual(["recall"]);
    expect(classifyUnit(unit({ roles: ["seller"] }), { asOf }).duties).toEqual([]);
  });

  it("the duties are frozen and shared by every result at the same level and recall", () => {
    const a = classifyUnit(keyUnit(), { asOf });
    const b = classifyUnit(unit({ roles: ["seller"], creditRisk: { grade: "D", asOf: "2026-01-01" } }), { asOf: "2026-05-01" });
    expect(b.level).toBe("special");
    expect(a.duties).toBe(b.duties);
    expect(Object.isFrozen(a.duties)).toBe(true);
    for (const d of a.duties) expect(Object.isFrozen(d)).toBe(true);
    const r = classifyUnit(keyUnit(["producer"]), { asOf }).duties;
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.at(-1))).toBe(true);
    // The recall duty alone (routine, trigger): frozen and shared too.
    const t = classifyUnit(unit(), { asOf }).duties;
    expect(t).toBe(classifyUnit(unit({ riskEvents: [ev("n", "2026-01-01", "minor")] }), { asOf }).duties);
    expect(Object.isFrozen(t)).toBe(true);
    expect(Object.isFrozen(classifyUnit(unit({ roles: ["seller"] }), { asOf }).duties)).toBe(true);
  });
});

describe("the readings each rule rests on (FACTS.md [reading])", () => {
  const readings = (p: Policy, rule: string) => classifyUnit(unit(), { asOf, policy: p }).considered.find((x) => x.rule === rule)!.readings;
  it("nanjing2023: special rests on the window edges, the severity grading and the kinds; key also on its window; low-risk on the edges; credit on the class mapping", () => {
    const c = nanjingTierCitations;
    expect(readings(nanjing2023, "special.major-risks")).toEqual([c.windowEdge, c.severity, c.kinds]);
    expect(readings(nanjing2023, "key.risk")).toEqual([c.keyWindow, c.windowEdge, c.severity, c.kinds]);
    expect(readings(nanjing2023, "trigger.no-risk")).toEqual([c.windowEdge]);
    expect(readings(nanjing2023, "special.credit")).toEqual([c.credit]);
    expect(Object.isFrozen(readings(nanjing2023, "key.risk"))).toBe(true);
  });

  it("the same citation given for two parameters is listed once", () => {
    const p = copy(nanjing2023);
    p.supervision.special.windowCitation = p.supervision.windowEdge.citation;
    p.supervision.special.kindsCitation = p.supervision.special.severityCitation;
    const r = readings(p, "special.major-risks")!;
    expect(r.map((x) => x.note)).toEqual([nanjingTierCitations.windowEdge.note, nanjingTierCitations.severity.note]);
  });

  it("a policy without readings: the rules have none (absent, not an empty list)", () => {
    const p = copy(nanjing2023);
    const s = p.supervision;
    for (const c of [s.windowEdge.citation, s.special.windowCitation, s.special.severityCitation, s.special.kindsCitation, s.key.windowCitation, s.key.severityCitation, s.key.kindsCitation, s.credit.citation]) {
      delete (c as { reading?: true }).reading;
    }
    const r = classifyUnit(unit(), { asOf, policy: p });
    for (const x of r.considered) expect(x.readings, x.rule).toBeUndefined();
  });
});

describe("what counts (the policy's severities, kinds, credit classes)", () => {
  it("the credit classes keep the policy's order and map each class to its level", () => {
    const p = definePolicy(nanjing2023, { id: "shandong", supervision: { credit: { classes: { E: "high", A: "low", D: "higher", B: "general", C: "general" } } } });
    const c = _compiledPolicy(p);
    expect(c.creditClasses).toEqual(["E", "A", "D", "B", "C"]);
    expect(classifyUnit(unit({ creditRisk: { grade: "E", asOf } }), { asOf, policy: p }).level).toBe("special");
    expect(classifyUnit(unit({ creditRisk: { grade: "D", asOf } }), { asOf, policy: p }).level).toBe("key");
  });

  it("a key tier counting only significant risks: a major one is then not key (the policy says so)", () => {
    const p = definePolicy(nanjing2023, { id: "sig-only", supervision: { key: { severities: ["significant"] } } });
    expect(classifyUnit(unit({ riskEvents: [ev("m", "2026-01-01", "major")] }), { asOf, policy: p }).level).toBe("routine");
    expect(classifyUnit(unit({ riskEvents: [ev("s", "2026-01-01", "significant")] }), { asOf, policy: p }).level).toBe("key");
    const k = classifyUnit(unit(), { asOf, policy: p }).considered.find((x) => x.rule === "key.risk")!;
    expect(k.messageEn).toBe("0 significant quality-safety risk(s) found from 2024-06-30 to 2026-06-30: below the key supervision threshold of 1");
    expect(k.message).toBe("2024-06-30至2026-06-30发现较大质量安全风险0次，未达到重点监管条件（1次及以上）");
  });

  it("a special tier counting two kinds only: other kinds do not count", () => {
    const p = definePolicy(nanjing2023, { id: "two-kinds", supervision: { special: { kinds: ["accident", "enforcement"] } } });
    const three = (kind: RiskEvent["kind"]) => unit({ riskEvents: [ev("a", "2025-01-01", "major", kind), ev("b", "2025-06-01", "major", kind), ev("c", "2026-01-01", "major", kind)] });
    expect(classifyUnit(three("accident"), { asOf, policy: p }).level).toBe("special");
    expect(classifyUnit(three("enforcement"), { asOf, policy: p }).level).toBe("special");
    expect(classifyUnit(three("sampling-failure"), { asOf, policy: p }).level).toBe("key");
    const s = classifyUnit(unit(), { asOf, policy: p }).considered[0]!;
    expect(s.message).toBe("2024-06-30至2026-06-30发现重大质量安全风险（质量安全事故、执法查处）0次，未达到特别监管条件（3次及以上）");
    expect(s.messageEn).toBe("0 major quality-safety risk(s) (accident, enforcement case) found from 2024-06-30 to 2026-06-30: below the special supervision threshold of 3");
  });
});

describe("the caches", () => {
  it("a frozen policy is compiled once (the default is nanjing2023); an unfrozen one each time", () => {
    expect(_compiledPolicy(undefined)).toBe(_compiledPolicy(nanjing2023));
    expect(_compiledPolicy(anhui2023)).toBe(_compiledPolicy(anhui2023));
    expect(_compiledPolicy(anhui2023)).not.toBe(_compiledPolicy(nanjing2023));
    const p = copy(nanjing2023);
    expect(_compiledPolicy(p)).not.toBe(_compiledPolicy(p));
    expect(_compiledPolicy(p).ref).toEqual({ id: "nanjing2023", version: nanjing2023.version });
    expect(Object.isFrozen(_compiledPolicy(p).ref)).toBe(true);
  });

  it("the windows of one day are computed once and frozen; another day gets its own", () => {
    const c = _compiledPolicy(anhui2023);
    const w = _windowsAsOf(c, "2026-06-30");
    expect(_windowsAsOf(c, "2026-06-30")).toBe(w);
    expect(Object.isFrozen(w)).toBe(true);
    expect(Object.isFrozen(w.key)).toBe(true);
    expect(Object.isFrozen(w.key.range)).toBe(true);
    expect(w.key.range).toEqual({ start: "2025-06-30", end: "2026-06-30" });
    expect(w.special.range).toEqual({ start: "2024-06-30", end: "2026-06-30" });
    expect(w.low).toBe(w.special);
    expect(w.all).toBe(w.special.range);
    const v = _windowsAsOf(c, "2026-07-01");
    expect(v).not.toBe(w);
    expect(v.key.range).toEqual({ start: "2025-07-01", end: "2026-07-01" });
    // nanjing2023: one window serves all three rules.
    const n = _windowsAsOf(_compiledPolicy(nanjing2023), "2026-06-30");
    expect(n.key).toBe(n.special);
    expect(n.low).toBe(n.special);
  });

  it("the window result of classifyUnit is the shared frozen range", () => {
    const a = classifyUnit(unit(), { asOf });
    expect(Object.isFrozen(a.window)).toBe(true);
    expect(Object.isFrozen(a.considered[0]!.facts)).toBe(true);
    expect(Object.isFrozen(a.policy)).toBe(true);
  });

  it("a low-risk window equal to the key window but not the special one", () => {
    const p = definePolicy(nanjing2023, { id: "s3", supervision: { special: { windowYears: 3 } } });
    const w = _windowsAsOf(_compiledPolicy(p), "2026-06-30");
    expect(w.special.range).toEqual({ start: "2023-06-30", end: "2026-06-30" });
    expect(w.low).toBe(w.key);
    expect(w.key.range).toEqual({ start: "2024-06-30", end: "2026-06-30" });
    expect(w.all).toBe(w.special.range);
  });

  it("an exclusive first day: the window opens the day after T − 2 years", () => {
    const p = copy(nanjing2023);
    p.supervision.windowEdge.start = "exclusive";
    const w = _windowsAsOf(_compiledPolicy(p), "2026-06-30");
    expect(w.special.range).toEqual({ start: "2024-07-01", end: "2026-06-30" });
  });
});
