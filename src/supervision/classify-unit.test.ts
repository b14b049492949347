import { describe, expect, it } from "vitest";
import { InvalidDateError } from "../dates";
import { UnitDataError, UnitSchema, type RiskEvent, type Unit, type UnitInput } from "../entities";
import { PolicyError, anhui2023, definePolicy, nanjing2023 } from "../policy";
import { thrown } from "../../test/_thrown";
import { classifyUnit } from "./classify-unit";

// Expected values come from the plan 二（七） and FACTS.md §2–§3, never from running the code.
const SPECIAL_QUOTE = "对近2年内发现3次及以上重大质量安全风险或者信用风险高的生产和销售单位，实施特别监管";
const KEY_QUOTE = "对发现较大质量安全风险或者信用风险较高的生产和销售单位，实施重点监管";

function unit(over: Partial<UnitInput> = {}): Unit {
  return UnitSchema.parse({ id: "u1", name: "某燃气具有限公司", uscc: "91350100M000100Y43", roles: ["producer"], ...over });
}

let seq = 0;
function ev(date: string, severity: RiskEvent["severity"], kind: RiskEvent["kind"] = "sampling-failure"): RiskEvent {
  return { id: `e${++seq}-${date}`, date, severity, kind };
}
const majors = (...dates: string[]) => dates.map((d) => ev(d, "major"));
const fired = (r: ReturnType<typeof classifyUnit>) => r.reasons.map((x) => x.rule);
const considered = (r: ReturnType<typeof classifyUnit>, rule: string) => r.considered.find((x) => x.rule === rule)!;

describe("classifyUnit — nanjing2023 tiers (二（七）)", () => {
  it("no risk found → trigger-based supervision (reading: 未发现 → 触发式监管)", () => {
    const r = classifyUnit(unit({ roles: ["seller"] }), { asOf: "2026-06-30" });
    expect(r.level).toBe("trigger");
    expect(fired(r)).toEqual(["trigger.no-risk"]);
    expect(r.duties).toEqual([]);
    expect(r.policy).toEqual({ id: "nanjing2023", version: "1.1.0" });
    expect(r.unitId).toBe("u1");
    expect(r.asOf).toBe("2026-06-30");
  });

  it("only minor risks → routine supervision (reading: 风险小 → 日常监管)", () => {
    const e = ev("2026-01-10", "minor");
    const r = classifyUnit(unit({ riskEvents: [e] }), { asOf: "2026-06-30" });
    expect(r.level).toBe("routine");
    expect(fired(r)).toEqual(["routine.minor-only"]);
    expect(r.reasons[0]!.facts).toEqual([e.id]);
  });

  it("one significant (较大) risk → key", () => {
    const e = ev("2025-09-01", "significant");
    const r = classifyUnit(unit({ riskEvents: [e] }), { asOf: "2026-06-30" });
    expect(r.level).toBe("key");
    expect(fired(r)).toEqual(["key.risk"]);
    expect(r.reasons[0]).toMatchObject({ fired: true, facts: [e.id], count: 1, threshold: 1, window: { start: "2024-06-30", end: "2026-06-30" } });
    expect(r.reasons[0]!.citation).toEqual({ document: "宁市监质监〔2023〕146号", clause: "二（七）", quote: KEY_QUOTE });
  });

  it("a major risk is above 较大: one or two major risks → key, and 'why not special' shows them", () => {
    const es = majors("2025-01-01", "2026-01-01");
    const r = classifyUnit(unit({ riskEvents: es }), { asOf: "2026-06-30" });
    expect(r.level).toBe("key");
    const special = considered(r, "special.major-risks");
    expect(special).toMatchObject({ fired: false, count: 2, threshold: 3, facts: es.map((e) => e.id) });
    expect(special.citation.quote).toBe(SPECIAL_QUOTE);
  });

  it("three major risks within 2 years → special, with the key rule also fired", () => {
    const r = classifyUnit(unit({ riskEvents: majors("2024-07-01", "2025-01-01", "2026-06-01") }), { asOf: "2026-06-30" });
    expect(r.level).toBe("special");
    expect(fired(r)).toEqual(["special.major-risks", "key.risk"]);
    expect(r.window).toEqual({ start: "2024-06-30", end: "2026-06-30" });
  });

  it("three significant risks are not special (special needs 重大)", () => {
    const es = ["2025-01-01", "2025-02-01", "2025-03-01"].map((d) => ev(d, "significant"));
    expect(classifyUnit(unit({ riskEvents: es }), { asOf: "2026-06-30" }).level).toBe("key");
  });

  it("considers all six rules in order: special, key, low-risk", () => {
    const r = classifyUnit(unit(), { asOf: "2026-06-30" });
    expect(r.considered.map((x) => x.rule)).toEqual(["special.major-risks", "special.credit", "key.risk", "key.credit", "trigger.no-risk", "routine.minor-only"]);
    for (const x of r.considered) {
      expect(x.citation.document).toBe("宁市监质监〔2023〕146号");
      expect(x.citation.clause).toBe("二（七）");
      expect(x.message.length).toBeGreaterThan(0);
      expect(x.messageEn.length).toBeGreaterThan(0);
    }
  });
});

describe("classifyUnit — window edges [T − 2 years, T] (FACTS §3 [reading])", () => {
  const asOf = "2026-06-30";
  it("an event on T − 2 years counts", () => {
    expect(classifyUnit(unit({ riskEvents: majors("2024-06-30", "2025-01-01", "2026-01-01") }), { asOf }).level).toBe("special");
  });
  it("an event on T − 2 years − 1 day does not", () => {
    const r = classifyUnit(unit({ riskEvents: majors("2024-06-29", "2025-01-01", "2026-01-01") }), { asOf });
    expect(r.level).toBe("key");
    expect(considered(r, "special.major-risks").count).toBe(2);
  });
  it("an event on T counts", () => {
    expect(classifyUnit(unit({ riskEvents: majors("2025-01-01", "2026-01-01", "2026-06-30") }), { asOf }).level).toBe("special");
  });
  it("an event on T + 1 is ignored", () => {
    expect(classifyUnit(unit({ riskEvents: majors("2025-01-01", "2026-01-01", "2026-07-01") }), { asOf }).level).toBe("key");
  });
  it("events only after T are ignored entirely → trigger", () => {
    const r = classifyUnit(unit({ riskEvents: [ev("2026-07-01", "major"), ev("2027-01-01", "significant")] }), { asOf });
    expect(r.level).toBe("trigger");
    expect(considered(r, "key.risk").facts).toEqual([]);
  });

  it("Feb 28 as of a common year: 2026-02-28 − 2 years = 2024-02-28", () => {
    const a = "2026-02-28";
    expect(classifyUnit(unit({ riskEvents: majors("2024-02-28", "2025-01-01", "2026-01-01") }), { asOf: a }).level).toBe("special");
    const r = classifyUnit(unit({ riskEvents: majors("2024-02-27", "2025-01-01", "2026-01-01") }), { asOf: a });
    expect(r.level).toBe("key");
    expect(r.window).toEqual({ start: "2024-02-28", end: "2026-02-28" });
  });
  it("2026-03-01 − 2 years = 2024-03-01: a risk on 2024-02-29 has aged out", () => {
    const r = classifyUnit(unit({ riskEvents: majors("2024-02-29", "2025-01-01", "2026-01-01") }), { asOf: "2026-03-01" });
    expect(r.level).toBe("key");
    expect(r.window.start).toBe("2024-03-01");
  });
  it("Feb 29 as of: 2028-02-29 − 2 years = 2026-02-28 (Civil Code Art. 202 clamping)", () => {
    const a = "2028-02-29";
    const r = classifyUnit(unit({ riskEvents: majors("2026-02-28", "2027-01-01", "2028-02-29") }), { asOf: a });
    expect(r.level).toBe("special");
    expect(r.window).toEqual({ start: "2026-02-28", end: "2028-02-29" });
    expect(classifyUnit(unit({ riskEvents: majors("2026-02-27", "2027-01-01", "2028-02-29") }), { asOf: a }).level).toBe("key");
  });

  it("the third major risk ages out: special on the last day, key the next", () => {
    const u = unit({ riskEvents: majors("2024-03-10", "2025-01-01", "2025-06-01") });
    expect(classifyUnit(u, { asOf: "2026-03-10" }).level).toBe("special");
    const next = classifyUnit(u, { asOf: "2026-03-11" });
    expect(next.level).toBe("key");
    expect(fired(next)).toEqual(["key.risk"]);
    expect(considered(next, "special.major-risks").window).toEqual({ start: "2024-03-11", end: "2026-03-11" });
  });

  it("the key window is the same two years (reading): a significant risk 2 years and 1 day old no longer makes key", () => {
    const e = ev("2024-06-29", "significant");
    const r = classifyUnit(unit({ riskEvents: [e] }), { asOf: "2026-06-30" });
    expect(r.level).toBe("trigger");
    expect(considered(r, "key.risk").readings).toContainEqual(expect.objectContaining({ reading: true, quote: KEY_QUOTE }));
    expect(considered(r, "key.risk").readings).toContainEqual(expect.objectContaining({ reading: true, quote: "近2年内" }));
    expect(classifyUnit(unit({ riskEvents: [ev("2024-06-30", "significant")] }), { asOf: "2026-06-30" }).level).toBe("key");
  });

  it("an exclusive window start (a policy option) drops the event on T − 2 years", () => {
    const p = definePolicy(nanjing2023, { id: "exclusive", supervision: { windowEdge: { start: "exclusive" } } });
    const r = classifyUnit(unit({ riskEvents: majors("2024-06-30", "2025-01-01", "2026-01-01") }), { asOf: "2026-06-30", policy: p });
    expect(r.level).toBe("key");
    expect(r.window.start).toBe("2024-07-01");
  });
});

describe("classifyUnit — credit risk (SAMR A/B/C/D: C 较高 → key, D 高 → special)", () => {
  const asOf = "2026-06-30";
  it("class D → special via special.credit", () => {
    const r = classifyUnit(unit({ creditRisk: { grade: "D", asOf: "2026-06-01" } }), { asOf });
    expect(r.level).toBe("special");
    expect(fired(r)).toEqual(["special.credit"]);
    expect(r.reasons[0]!.credit).toEqual({ grade: "D", asOf: "2026-06-01" });
    expect(r.reasons[0]!.citation.quote).toBe(SPECIAL_QUOTE);
  });
  it("class C → key via key.credit", () => {
    const r = classifyUnit(unit({ creditRisk: { grade: "C", asOf } }), { asOf });
    expect(r.level).toBe("key");
    expect(fired(r)).toEqual(["key.credit"]);
  });
  it("classes A and B alone → low-risk tiers", () => {
    expect(classifyUnit(unit({ creditRisk: { grade: "A", asOf } }), { asOf }).level).toBe("trigger");
    expect(classifyUnit(unit({ creditRisk: { grade: "B", asOf } }), { asOf }).level).toBe("trigger");
  });
  it("a class dated after T is ignored", () => {
    const r = classifyUnit(unit({ creditRisk: { grade: "D", asOf: "2026-07-01" } }), { asOf });
    expect(r.level).toBe("trigger");
    expect(considered(r, "special.credit").credit).toBeUndefined();
    expect(considered(r, "special.credit").message).toContain("2026-07-01");
  });
  it("credit and risk both firing", () => {
    const r = classifyUnit(unit({ riskEvents: majors("2025-01-01", "2025-06-01", "2026-01-01"), creditRisk: { grade: "D", asOf: "2026-01-01" } }), { asOf });
    expect(r.level).toBe("special");
    expect(fired(r)).toEqual(["special.major-risks", "special.credit", "key.risk"]);
    expect(considered(r, "key.credit").fired).toBe(false);
  });
  it("a class outside the policy's class set is a UnitDataError naming /creditRisk/grade, not a PolicyError", () => {
    // FACTS.md §2: SAMR's classes are A (低), B (一般), C (较高), D (高); the Nanjing profile uses them.
    const SAMR_CLASSES = ["A", "B", "C", "D"];
    for (const grade of ["E", "d", "良好"]) {
      const e = thrown(() => classifyUnit(unit({ creditRisk: { grade, asOf: "2026-01-01" } }), { asOf }));
      expect(e).toBeInstanceOf(UnitDataError);
      expect(e).not.toBeInstanceOf(PolicyError);
      const err = e as UnitDataError;
      expect(err.name).toBe("UnitDataError");
      expect(err.code).toBe("unknown_credit_class");
      expect(err.path).toBe("/creditRisk/grade");
      expect(err.value).toBe(grade);
      expect(err.expected).toEqual(SAMR_CLASSES);
      expect(err.policyId).toBe("nanjing2023");
      expect(err.unitId).toBe("u1");
      expect(err.issues).toEqual([{ path: "/creditRisk/grade", code: "unknown_credit_class", params: { expected: SAMR_CLASSES.join(" | "), values: SAMR_CLASSES, received: grade, policyId: "nanjing2023" }, message: expect.any(String), messageEn: expect.any(String) }]);
      // Both messages name the field and list the allowed classes.
      expect(err.message).toContain("/creditRisk/grade");
      expect(err.message).toContain("A, B, C, D");
      expect(err.messageZh).toContain("/creditRisk/grade");
      expect(err.messageZh).toContain("A、B、C、D");
      expect(err.messageZh).toContain(JSON.stringify(grade));
    }
    // …but not when the class is dated after T (ignored).
    expect(classifyUnit(unit({ creditRisk: { grade: "E", asOf: "2026-07-01" } }), { asOf }).level).toBe("trigger");
    // The error names the policy that was applied.
    expect((thrown(() => classifyUnit(unit({ creditRisk: { grade: "E", asOf: "2026-01-01" } }), { asOf, policy: anhui2023 })) as UnitDataError).policyId).toBe("anhui2023");
  });
  it("the expected classes are the policy's own, in its order (a Shandong-style A–E set)", () => {
    const shandong = definePolicy(nanjing2023, {
      id: "shandong-example",
      supervision: { credit: { classes: { A: "low", B: "general", C: "general", D: "higher", E: "high" } } },
    });
    const e = thrown(() => classifyUnit(unit({ creditRisk: { grade: "F", asOf } }), { asOf, policy: shandong })) as UnitDataError;
    expect(e.expected).toEqual(["A", "B", "C", "D", "E"]);
    expect(e.policyId).toBe("shandong-example");
  });
  it("a Shandong-style A–E class set via definePolicy", () => {
    const shandong = definePolicy(nanjing2023, {
      id: "shandong-example",
      supervision: { credit: { classes: { A: "low", B: "general", C: "general", D: "higher", E: "high" } } },
    });
    expect(classifyUnit(unit({ creditRisk: { grade: "E", asOf } }), { asOf, policy: shandong }).level).toBe("special");
    expect(classifyUnit(unit({ creditRisk: { grade: "D", asOf } }), { asOf, policy: shandong }).level).toBe("key");
    expect(classifyUnit(unit({ creditRisk: { grade: "C", asOf } }), { asOf, policy: shandong }).level).toBe("trigger");
  });
});

describe("classifyUnit — duties the level brings", () => {
  const asOf = "2026-06-30";
  it("key and special: annual list, responsible official, on-site inspection each half-year (1), change recorded within 5 working days", () => {
    const r = classifyUnit(unit({ roles: ["seller"], riskEvents: [ev("2026-01-01", "significant")] }), { asOf });
    expect(r.duties.map((d) => d.duty)).toEqual(["annual-list", "responsible-official", "onsite-inspection", "official-change-record"]);
    expect(r.duties.find((d) => d.duty === "onsite-inspection")!.amount).toBe(1);
    expect(r.duties.find((d) => d.duty === "official-change-record")!.amount).toBe(5);
    expect(r.duties.find((d) => d.duty === "official-change-record")!.citation.quote).toBe("监管责任人如有变动，应在5个工作日内更新");
    expect(r.duties.find((d) => d.duty === "onsite-inspection")!.citation.quote).toBe("半年内现场检查不少于1次");
    expect(r.duties.find((d) => d.duty === "annual-list")!.citation.quote).toBe("对实施重点监管、特别监管的，分别建立生产、销售单位年度名单");
  });
  it("producers also carry the recall duty, at every level", () => {
    const special = classifyUnit(unit({ creditRisk: { grade: "D", asOf } }), { asOf });
    expect(special.duties.map((d) => d.duty)).toEqual(["annual-list", "responsible-official", "onsite-inspection", "official-change-record", "recall"]);
    const trigger = classifyUnit(unit(), { asOf });
    expect(trigger.duties.map((d) => d.duty)).toEqual(["recall"]);
    expect(trigger.duties[0]!.citation.quote).toBe("经确认产品存在缺陷的，督促生产单位按照国家有关规定进行召回");
  });
});

describe("classifyUnit — policy options", () => {
  it("both low-risk cases may be routine: the rule id takes the mapped level", () => {
    const p = definePolicy(nanjing2023, { id: "all-routine", supervision: { lowRisk: { noRisk: "routine" } } });
    const r = classifyUnit(unit(), { asOf: "2026-06-30", policy: p });
    expect(r.level).toBe("routine");
    expect(fired(r)).toEqual(["routine.no-risk"]);
    expect(r.policy).toEqual({ id: "all-routine", version: "1.1.0" });
  });
  it("an invalid asOf is an InvalidDateError", () => {
    expect(() => classifyUnit(unit(), { asOf: "2026-02-30" })).toThrow(InvalidDateError);
  });
  it("an invalid policy object is a PolicyError", () => {
    const bad = { ...nanjing2023, supervision: { ...nanjing2023.supervision, special: { ...nanjing2023.supervision.special, windowYears: -2 } } };
    expect(() => classifyUnit(unit(), { asOf: "2026-06-30", policy: bad })).toThrow(PolicyError);
  });
  it("results for the same unit and day do not depend on call order (window cache)", () => {
    const u = unit({ riskEvents: majors("2024-03-10", "2025-01-01", "2025-06-01") });
    const a = classifyUnit(u, { asOf: "2026-03-11" }).level;
    classifyUnit(u, { asOf: "2026-03-10" });
    expect(classifyUnit(u, { asOf: "2026-03-11" }).level).toBe(a);
    expect(classifyUnit(u, { asOf: "2026-03-10", policy: anhui2023 }).level).toBe("special");
    expect(classifyUnit(u, { asOf: "2026-03-11" }).level).toBe("key");
  });
});

describe("classifyUnit — anhui2023 (FACTS §2 [other])", () => {
  const asOf = "2026-06-30";
  const policy = anhui2023;
  it.each(["sampling-failure", "verified-complaint", "media-exposure"] as const)("one %s of any severity within 1 year → key", (kind) => {
    const r = classifyUnit(unit({ riskEvents: [ev("2026-01-01", "minor", kind)] }), { asOf, policy });
    expect(r.level).toBe("key");
    expect(fired(r)).toEqual(["key.risk"]);
    expect(r.reasons[0]!.window).toEqual({ start: "2025-06-30", end: "2026-06-30" });
  });
  it("the 1-year key window: an event on T − 1 year counts, on T − 1 year − 1 day it does not", () => {
    expect(classifyUnit(unit({ riskEvents: [ev("2025-06-30", "minor")] }), { asOf, policy }).level).toBe("key");
    expect(classifyUnit(unit({ riskEvents: [ev("2025-06-29", "minor")] }), { asOf, policy }).level).toBe("routine");
  });
  // Anhui: "1年内发现1次以上抽查不合格、投诉举报被核实、媒体曝光等" — the list ends with 等, so it is read as
  // non-exhaustive (issue 15, 5): other kinds count too by default; the three named kinds alone are an option.
  const namedKindsOnly = definePolicy(anhui2023, {
    id: "anhui-named-kinds",
    supervision: { key: { kinds: ["sampling-failure", "verified-complaint", "media-exposure"] }, special: { kinds: ["sampling-failure", "verified-complaint", "media-exposure"] } },
  });
  it("other kinds count too (等), and the reading is named among the rule's readings", () => {
    const u = unit({ riskEvents: [ev("2026-01-01", "major", "risk-monitoring"), ev("2026-02-01", "major", "accident"), ev("2026-03-01", "major", "enforcement")] });
    const r = classifyUnit(u, { asOf, policy });
    expect(r.level).toBe("special");
    expect(considered(r, "special.major-risks").readings?.some((c) => c.quote === "1年内发现1次以上抽查不合格、投诉举报被核实、媒体曝光等" && c.reading === true)).toBe(true);
    // With the three named kinds only, they count for neither tier.
    const named = classifyUnit(u, { asOf, policy: namedKindsOnly });
    expect(named.level).toBe("routine");
    expect(fired(named)).toEqual(["routine.minor-only"]);
  });
  it("three such events within 2 years → special, even with none in the last year", () => {
    const es = [ev("2024-06-30", "minor", "verified-complaint"), ev("2024-12-01", "significant", "media-exposure"), ev("2025-01-01", "minor")];
    const r = classifyUnit(unit({ riskEvents: es }), { asOf, policy });
    expect(r.level).toBe("special");
    expect(fired(r)).toEqual(["special.major-risks"]);
    expect(considered(r, "key.risk").fired).toBe(false);
  });
  it("with the three named kinds only, two such events and one of another kind are not special", () => {
    const es = [ev("2024-07-01", "major", "risk-monitoring"), ev("2024-12-01", "major"), ev("2025-01-01", "major")];
    expect(classifyUnit(unit({ riskEvents: es }), { asOf, policy: namedKindsOnly }).level).toBe("routine");
    expect(classifyUnit(unit({ riskEvents: es }), { asOf, policy }).level).toBe("special");
  });
  it("credit 较高 (C) → key; 高 (D) → special", () => {
    expect(classifyUnit(unit({ creditRisk: { grade: "C", asOf } }), { asOf, policy }).level).toBe("key");
    expect(classifyUnit(unit({ creditRisk: { grade: "D", asOf } }), { asOf, policy }).level).toBe("special");
  });
  it("cites the Anhui profile and names itself", () => {
    const r = classifyUnit(unit({ creditRisk: { grade: "D", asOf } }), { asOf, policy });
    expect(r.policy.id).toBe("anhui2023");
    expect(r.reasons[0]!.citation.document).not.toBe("宁市监质监〔2023〕146号");
  });
});

// Issue 15, 5: "The special tier counts only `severity: "major"` events: the plan never says how one
// finding is graded — mark it." 二（七）: "对近2年内发现3次及以上重大质量安全风险…实施特别监管".
describe("classifyUnit — the severity grading is a marked reading", () => {
  it("the special and key risk rules name the severity reading among their readings", () => {
    const r = classifyUnit(unit(), { asOf: "2026-06-30" });
    for (const rule of ["special.major-risks", "key.risk"]) {
      const readings = r.considered.find((c) => c.rule === rule)!.readings ?? [];
      const severity = readings.find((c) => c.note?.includes("never says how one finding is graded"));
      expect(severity, rule).toMatchObject({ reading: true, quote: "对近2年内发现3次及以上重大质量安全风险或者信用风险高的生产和销售单位，实施特别监管" });
    }
  });
});
