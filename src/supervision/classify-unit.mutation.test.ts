/**
 * classifyUnit beyond the level: what every considered rule says (plan 二（七）'s own words —
 * 近2年内发现3次及以上重大质量安全风险 → 特别监管, 较大质量安全风险 or 信用风险较高 → 重点监管, 未发现
 * or 风险小 → 日常监管 / 触发式监管), the facts, counts and windows it shows, the credit
 * rules with and without a class, policies whose windows differ by tier, and the duties.
 * Labels come from the label table (src/entities/labels.ts), windows from FACTS.md §3
 * ([T − N years, T], Civil Code Art. 202 clamping).
 */
import { describe, expect, it } from "vitest";
import { UnitDataError, UnitSchema, type RiskEvent, type Unit, type UnitInput } from "../entities";
import { anhui2023, definePolicy, nanjing2023 } from "../policy";
import { thrownAs } from "../../test/_thrown";
import { _classify, _levelAsOf, classifyUnit } from "./classify-unit";
import { _compiledPolicy } from "./compile-policy";
import { toDayNumber } from "../dates";

function unit(over: Partial<UnitInput> = {}): Unit {
  return UnitSchema.parse({ id: "u1", name: "某燃气具有限公司", uscc: "91350100M000100Y43", roles: ["producer"], ...over });
}
const ev = (id: string, date: string, severity: RiskEvent["severity"], kind: RiskEvent["kind"] = "sampling-failure"): RiskEvent => ({ id, date, severity, kind });
const rule = (r: ReturnType<typeof classifyUnit>, id: string) => r.considered.find((x) => x.rule === id)!;
const asOf = "2026-06-30";
// 2026-06-30 − 2 years = 2024-06-30 (FACTS §3).
const W = { start: "2024-06-30", end: asOf };

describe("classifyUnit — the risk rules say what they counted (二（七）)", () => {
  it("two major risks: special not reached (3次及以上), key reached (1次及以上)", () => {
    const r = classifyUnit(unit({ riskEvents: [ev("m1", "2025-01-01", "major"), ev("m2", "2026-01-01", "major")] }), { asOf });
    const s = rule(r, "special.major-risks");
    expect(s).toMatchObject({ level: "special", fired: false, facts: ["m1", "m2"], count: 2, threshold: 3, window: W });
    expect(s.message).toBe("2024-06-30至2026-06-30发现重大质量安全风险2次，未达到特别监管条件（3次及以上）");
    expect(s.messageEn).toBe("2 major quality-safety risk(s) found from 2024-06-30 to 2026-06-30: below the special supervision threshold of 3");
    const k = rule(r, "key.risk");
    expect(k).toMatchObject({ level: "key", fired: true, facts: ["m1", "m2"], count: 2, threshold: 1, window: W });
    expect(k.message).toBe("2024-06-30至2026-06-30发现重大、较大质量安全风险2次，达到重点监管条件（1次及以上）");
    expect(k.messageEn).toBe("2 major or significant quality-safety risk(s) found from 2024-06-30 to 2026-06-30: meets the key supervision threshold of 1");
  });

  it("three major risks meet special; a minor one counts for neither tier but is a risk found", () => {
    const r = classifyUnit(unit({ riskEvents: [ev("m1", "2024-07-01", "major"), ev("n1", "2025-03-01", "minor"), ev("m2", "2025-01-01", "major"), ev("m3", "2026-06-30", "major")] }), { asOf });
    expect(r.level).toBe("special");
    const s = rule(r, "special.major-risks");
    expect(s.facts).toEqual(["m1", "m2", "m3"]);
    expect(s.message).toBe("2024-06-30至2026-06-30发现重大质量安全风险3次，达到特别监管条件（3次及以上）");
    expect(s.messageEn).toBe("3 major quality-safety risk(s) found from 2024-06-30 to 2026-06-30: meets the special supervision threshold of 3");
    expect(rule(r, "key.risk").facts).toEqual(["m1", "m2", "m3"]);
    // The low-risk rules count every risk found, the minor one too.
    expect(rule(r, "trigger.no-risk")).toMatchObject({ fired: false, count: 4, facts: ["m1", "n1", "m2", "m3"] });
    expect(rule(r, "routine.minor-only")).toMatchObject({ fired: false, count: 4 });
  });

  it("a significant risk counts for key only, never for special", () => {
    const r = classifyUnit(unit({ riskEvents: [ev("s1", "2025-05-05", "significant")] }), { asOf });
    expect(rule(r, "special.major-risks")).toMatchObject({ fired: false, facts: [], count: 0 });
    expect(rule(r, "key.risk")).toMatchObject({ fired: true, facts: ["s1"], count: 1 });
  });

  it("a minor risk alone: no tier risk rule counts it", () => {
    const r = classifyUnit(unit({ riskEvents: [ev("n1", "2025-05-05", "minor")] }), { asOf });
    expect(rule(r, "special.major-risks").count).toBe(0);
    expect(rule(r, "key.risk")).toMatchObject({ fired: false, count: 0, facts: [] });
    expect(rule(r, "key.risk").message).toBe("2024-06-30至2026-06-30发现重大、较大质量安全风险0次，未达到重点监管条件（1次及以上）");
  });

  it("Anhui counts events of any severity and kind: the message names no severity and no kind", () => {
    const r = classifyUnit(unit({ riskEvents: [ev("n1", "2026-01-01", "minor", "media-exposure")] }), { asOf, policy: anhui2023 });
    const k = rule(r, "key.risk");
    // Anhui's key window is 1 year: 2026-06-30 − 1 year = 2025-06-30.
    expect(k.window).toEqual({ start: "2025-06-30", end: asOf });
    expect(k.message).toBe("2025-06-30至2026-06-30发现质量安全风险1次，达到重点监管条件（1次及以上）");
    expect(k.messageEn).toBe("1 quality-safety risk(s) found from 2025-06-30 to 2026-06-30: meets the key supervision threshold of 1");
  });

  it("a policy counting some kinds names them (label table), in the policy's order", () => {
    const named = definePolicy(anhui2023, { id: "named", supervision: { key: { kinds: ["sampling-failure", "verified-complaint", "media-exposure"] } } });
    const r = classifyUnit(unit({ riskEvents: [ev("c1", "2026-01-01", "minor", "verified-complaint"), ev("a1", "2026-02-01", "major", "accident")] }), { asOf, policy: named });
    const k = rule(r, "key.risk");
    expect(k.facts).toEqual(["c1"]);
    expect(k.message).toBe("2025-06-30至2026-06-30发现质量安全风险（监督抽查不合格、投诉举报经核实、媒体曝光）1次，达到重点监管条件（1次及以上）");
    expect(k.messageEn).toBe("1 quality-safety risk(s) (failed sampling inspection, verified complaint, media exposure) found from 2025-06-30 to 2026-06-30: meets the key supervision threshold of 1");
  });
});

describe("classifyUnit — the credit rules (FACTS §2: C 较高 → key, D 高 → special)", () => {
  it("no class at all", () => {
    const r = classifyUnit(unit(), { asOf });
    for (const id of ["special.credit", "key.credit"]) {
      const c = rule(r, id);
      expect(c).toMatchObject({ fired: false, facts: [] });
      expect(c.credit).toBeUndefined();
      expect(c.message).toBe("截至2026-06-30无信用风险分类");
      expect(c.messageEn).toBe("No credit-risk class dated on or before 2026-06-30");
    }
    expect(rule(r, "special.credit").level).toBe("special");
    expect(rule(r, "key.credit").level).toBe("key");
  });

  it("a class dated after the day is named and ignored", () => {
    const r = classifyUnit(unit({ creditRisk: { grade: "D", asOf: "2026-07-01" } }), { asOf });
    const c = rule(r, "special.credit");
    expect(c.fired).toBe(false);
    expect(c.message).toBe("信用风险分类D的分类日期2026-07-01晚于2026-06-30，不计入；截至2026-06-30无信用风险分类");
    expect(c.messageEn).toBe("Credit-risk class D is dated 2026-07-01, after 2026-06-30, and is ignored; no class dated on or before 2026-06-30");
    expect(r.level).toBe("trigger");
  });

  it("a class dated on the day counts", () => {
    expect(classifyUnit(unit({ creditRisk: { grade: "D", asOf } }), { asOf }).level).toBe("special");
  });

  it("class D (信用风险高): special fires, key does not, and both say why", () => {
    const r = classifyUnit(unit({ creditRisk: { grade: "D", asOf: "2026-06-01" } }), { asOf });
    const s = rule(r, "special.credit");
    expect(s).toMatchObject({ fired: true, facts: [], credit: { grade: "D", asOf: "2026-06-01" } });
    expect(s.message).toBe("信用风险分类D（信用风险高，2026-06-01）属于信用风险高，实施特别监管");
    expect(s.messageEn).toBe("Credit-risk class D (high credit risk, 2026-06-01) is high credit risk: special supervision");
    const k = rule(r, "key.credit");
    expect(k).toMatchObject({ fired: false, credit: { grade: "D", asOf: "2026-06-01" } });
    expect(k.message).toBe("信用风险分类D（信用风险高，2026-06-01）不属于信用风险较高");
    expect(k.messageEn).toBe("Credit-risk class D (high credit risk, 2026-06-01) is not higher credit risk");
  });

  it("class C (信用风险较高): key fires", () => {
    const r = classifyUnit(unit({ creditRisk: { grade: "C", asOf: "2026-06-01" } }), { asOf });
    expect(rule(r, "key.credit").message).toBe("信用风险分类C（信用风险较高，2026-06-01）属于信用风险较高，实施重点监管");
    expect(rule(r, "key.credit").messageEn).toBe("Credit-risk class C (higher credit risk, 2026-06-01) is higher credit risk: key supervision");
    expect(rule(r, "special.credit").message).toBe("信用风险分类C（信用风险较高，2026-06-01）不属于信用风险高");
  });

  it("a tier with no credit levels, and one with two", () => {
    const p = definePolicy(nanjing2023, { id: "credit-levels", supervision: { special: { creditLevels: [] }, key: { creditLevels: ["higher", "high"] } } });
    const r = classifyUnit(unit({ creditRisk: { grade: "D", asOf: "2026-06-01" } }), { asOf, policy: p });
    expect(r.level).toBe("key");
    expect(rule(r, "special.credit").message).toBe("信用风险分类D（信用风险高，2026-06-01）不属于（无）");
    expect(rule(r, "special.credit").messageEn).toBe("Credit-risk class D (high credit risk, 2026-06-01) is not (none)");
    expect(rule(r, "key.credit").message).toBe("信用风险分类D（信用风险高，2026-06-01）属于信用风险较高或信用风险高，实施重点监管");
    expect(rule(r, "key.credit").messageEn).toBe("Credit-risk class D (high credit risk, 2026-06-01) is higher credit risk or high credit risk: key supervision");
  });
});

describe("classifyUnit — the low-risk rules (二（七）: 未发现或者质量安全风险小 → 日常监管 or 触发式监管)", () => {
  it("nothing found: trigger fires; routine does not", () => {
    const r = classifyUnit(unit(), { asOf });
    const none = "2024-06-30至2026-06-30未发现质量安全风险";
    const noneEn = "No quality-safety risk found from 2024-06-30 to 2026-06-30";
    expect(rule(r, "trigger.no-risk")).toMatchObject({ level: "trigger", fired: true, facts: [], count: 0, window: W, message: none, messageEn: noneEn });
    expect(rule(r, "routine.minor-only")).toMatchObject({ level: "routine", fired: false, facts: [], count: 0, window: W, message: none, messageEn: noneEn });
  });

  it("only minor risks: routine fires and says none reached key or special", () => {
    const r = classifyUnit(unit({ riskEvents: [ev("n1", "2025-01-01", "minor"), ev("n2", "2026-01-01", "minor")] }), { asOf });
    expect(rule(r, "trigger.no-risk")).toMatchObject({ fired: false, count: 2, message: "2024-06-30至2026-06-30发现质量安全风险2次", messageEn: "2 quality-safety risk(s) found from 2024-06-30 to 2026-06-30" });
    expect(rule(r, "routine.minor-only")).toMatchObject({
      fired: true,
      facts: ["n1", "n2"],
      count: 2,
      message: "2024-06-30至2026-06-30发现质量安全风险2次，均未达到重点监管、特别监管条件",
      messageEn: "2 quality-safety risk(s) found from 2024-06-30 to 2026-06-30, none meeting key or special supervision",
    });
  });

  it("no risk but key by credit: neither fires, and the no-risk rule says the unit is under key supervision", () => {
    const r = classifyUnit(unit({ creditRisk: { grade: "C", asOf: "2026-01-01" } }), { asOf });
    expect(r.level).toBe("key");
    expect(rule(r, "trigger.no-risk")).toMatchObject({ fired: false, message: "2024-06-30至2026-06-30未发现质量安全风险，但已实施重点监管", messageEn: "No quality-safety risk found from 2024-06-30 to 2026-06-30, but the unit is under key supervision" });
    expect(rule(r, "routine.minor-only")).toMatchObject({ fired: false, message: "2024-06-30至2026-06-30未发现质量安全风险" });
  });

  it("minor risks but special by credit: the minor-only rule says the unit is under special supervision", () => {
    const r = classifyUnit(unit({ riskEvents: [ev("n1", "2025-01-01", "minor")], creditRisk: { grade: "D", asOf: "2026-01-01" } }), { asOf });
    expect(r.level).toBe("special");
    expect(rule(r, "trigger.no-risk")).toMatchObject({ fired: false, message: "2024-06-30至2026-06-30发现质量安全风险1次", messageEn: "1 quality-safety risk(s) found from 2024-06-30 to 2026-06-30" });
    expect(rule(r, "routine.minor-only")).toMatchObject({
      fired: false,
      message: "2024-06-30至2026-06-30发现质量安全风险1次，已实施特别监管",
      messageEn: "1 quality-safety risk(s) found from 2024-06-30 to 2026-06-30; the unit is under special supervision",
    });
    expect(r.reasons.map((x) => x.rule)).toEqual(["special.credit"]);
  });

  it("a policy mapping both cases to routine: a unit with minor risks is routine, and a routine unit is not 'under' another level", () => {
    const p = definePolicy(nanjing2023, { id: "all-routine", supervision: { lowRisk: { noRisk: "routine" } } });
    const quiet = classifyUnit(unit(), { asOf, policy: p });
    expect(quiet.considered.map((x) => x.rule)).toEqual(["special.major-risks", "special.credit", "key.risk", "key.credit", "routine.no-risk", "routine.minor-only"]);
    expect(quiet.considered[4]).toMatchObject({ level: "routine", fired: true, message: "2024-06-30至2026-06-30未发现质量安全风险" });
    const minor = classifyUnit(unit({ riskEvents: [ev("n1", "2025-01-01", "minor")] }), { asOf, policy: p });
    expect(minor.level).toBe("routine");
    expect(minor.reasons.map((x) => x.rule)).toEqual(["routine.minor-only"]);
  });

  it("the low-risk rules cite the plan and the window-edge reading", () => {
    const r = classifyUnit(unit(), { asOf });
    const low = rule(r, "trigger.no-risk");
    expect(low.citation).toMatchObject({ document: "宁市监质监〔2023〕146号", clause: "二（七）" });
    expect(low.readings?.length).toBeGreaterThan(0);
    for (const c of low.readings!) expect(c.reading).toBe(true);
    // The credit rules rest on the class mapping (FACTS §2 [reading]).
    expect(rule(r, "special.credit").readings?.every((c) => c.reading === true)).toBe(true);
    expect(rule(r, "special.credit").readings?.length).toBe(1);
  });
});

describe("classifyUnit — windows that differ by tier", () => {
  it("Anhui: the key window is 1 year, special and low-risk 2; the result's window is the longest", () => {
    const r = classifyUnit(unit({ riskEvents: [ev("n1", "2024-12-01", "minor")] }), { asOf, policy: anhui2023 });
    expect(rule(r, "key.risk").window).toEqual({ start: "2025-06-30", end: asOf });
    expect(rule(r, "special.major-risks").window).toEqual(W);
    expect(rule(r, "trigger.no-risk").window).toEqual(W);
    expect(r.window).toEqual(W);
    expect(r.level).toBe("routine");
  });

  it("a longer key window (3 years): the result's window is the key window", () => {
    const p = definePolicy(nanjing2023, { id: "key3", supervision: { key: { windowYears: 3 } } });
    const u = unit({ riskEvents: [ev("s1", "2023-07-01", "significant")] });
    const r = classifyUnit(u, { asOf, policy: p });
    expect(rule(r, "key.risk").window).toEqual({ start: "2023-06-30", end: asOf });
    expect(r.window).toEqual({ start: "2023-06-30", end: asOf });
    // The significant risk is outside the 2-year low-risk window: no risk found there.
    expect(r.level).toBe("key");
    expect(rule(r, "trigger.no-risk").count).toBe(0);
    expect(_levelAsOf(u, toDayNumber(asOf), _compiledPolicy(p))).toBe("key");
  });

  it("a longer low-risk window (3 years): the result's window is the low-risk window", () => {
    const p = definePolicy(nanjing2023, { id: "low3", supervision: { lowRisk: { windowYears: 3 } } });
    const u = unit({ riskEvents: [ev("n1", "2023-07-01", "minor")] });
    const r = classifyUnit(u, { asOf, policy: p });
    expect(r.window).toEqual({ start: "2023-06-30", end: asOf });
    expect(rule(r, "routine.minor-only")).toMatchObject({ fired: true, window: { start: "2023-06-30", end: asOf } });
    expect(r.level).toBe("routine");
    expect(_levelAsOf(u, toDayNumber(asOf), _compiledPolicy(p))).toBe("routine");
  });

  it("special 3 years, key and low-risk 1 year: each rule uses its own window", () => {
    const p = definePolicy(nanjing2023, { id: "s3k1", supervision: { special: { windowYears: 3 }, key: { windowYears: 1 }, lowRisk: { windowYears: 1 } } });
    const u = unit({ riskEvents: [ev("m1", "2023-07-01", "major"), ev("m2", "2024-01-01", "major"), ev("m3", "2025-01-01", "major"), ev("n1", "2026-01-01", "minor")] });
    const r = classifyUnit(u, { asOf, policy: p });
    expect(rule(r, "special.major-risks")).toMatchObject({ fired: true, count: 3, window: { start: "2023-06-30", end: asOf } });
    expect(rule(r, "key.risk")).toMatchObject({ fired: false, count: 0, window: { start: "2025-06-30", end: asOf } });
    expect(rule(r, "trigger.no-risk")).toMatchObject({ count: 1, facts: ["n1"], window: { start: "2025-06-30", end: asOf } });
    expect(r.window).toEqual({ start: "2023-06-30", end: asOf });
    expect(r.level).toBe("special");
    expect(_levelAsOf(u, toDayNumber(asOf), _compiledPolicy(p))).toBe("special");
    // Without the oldest major: two in three years, none in the key year, one minor in the low-risk year → routine.
    const v = unit({ riskEvents: [ev("m2", "2024-01-01", "major"), ev("m3", "2025-01-01", "major"), ev("n1", "2026-01-01", "minor")] });
    expect(classifyUnit(v, { asOf, policy: p }).level).toBe("routine");
    expect(_levelAsOf(v, toDayNumber(asOf), _compiledPolicy(p))).toBe("routine");
    // Nothing in the last year at all → trigger, though majors remain in the special window.
    const w = unit({ riskEvents: [ev("m2", "2024-01-01", "major")] });
    expect(classifyUnit(w, { asOf, policy: p }).level).toBe("trigger");
    expect(_levelAsOf(w, toDayNumber(asOf), _compiledPolicy(p))).toBe("trigger");
  });

  it("key 1 year, low-risk 3 years (special 2): a minor risk 2½ years old is found by the low-risk rule only", () => {
    const p = definePolicy(nanjing2023, { id: "k1l3", supervision: { key: { windowYears: 1 }, lowRisk: { windowYears: 3 } } });
    const u = unit({ riskEvents: [ev("s1", "2024-01-01", "significant")] });
    const r = classifyUnit(u, { asOf, policy: p });
    expect(r.level).toBe("routine");
    expect(rule(r, "key.risk").count).toBe(0);
    expect(rule(r, "routine.minor-only").window).toEqual({ start: "2023-06-30", end: asOf });
    expect(r.window).toEqual({ start: "2023-06-30", end: asOf });
    expect(_levelAsOf(u, toDayNumber(asOf), _compiledPolicy(p))).toBe("routine");
  });
});

describe("_levelAsOf — the window edges it shares with classifyUnit", () => {
  it("an exclusive first day: an event on T − 2 years no longer counts", () => {
    const p = definePolicy(nanjing2023, { id: "exclusive", supervision: { windowEdge: { start: "exclusive" } } });
    const u = unit({ riskEvents: [ev("m1", "2024-06-30", "major"), ev("m2", "2025-01-01", "major"), ev("m3", "2026-01-01", "major")] });
    expect(_levelAsOf(u, toDayNumber(asOf), _compiledPolicy(p))).toBe("key");
    expect(_levelAsOf(u, toDayNumber(asOf), _compiledPolicy(nanjing2023))).toBe("special");
    // Under Anhui (key window 1 year, inclusive) a minor risk on T − 1 year is key; exclusive, it is routine.
    const a = definePolicy(anhui2023, { id: "anhui-exclusive", supervision: { windowEdge: { start: "exclusive" } } });
    const v = unit({ riskEvents: [ev("n", "2025-06-30", "minor")] });
    expect(_levelAsOf(v, toDayNumber(asOf), _compiledPolicy(anhui2023))).toBe("key");
    expect(_levelAsOf(v, toDayNumber(asOf), _compiledPolicy(a))).toBe("routine");
    expect(classifyUnit(v, { asOf, policy: a }).level).toBe("routine");
  });

  it("events on the first day of each window count; the kinds a tier counts are the policy's", () => {
    // Special 3 years, key and low-risk 1 year (T − 3 years = 2023-06-30, T − 1 year = 2025-06-30).
    const p = definePolicy(nanjing2023, { id: "s3k1-edges", supervision: { special: { windowYears: 3 }, key: { windowYears: 1 }, lowRisk: { windowYears: 1 } } });
    const c = _compiledPolicy(p);
    const T = toDayNumber(asOf);
    expect(_levelAsOf(unit({ riskEvents: [ev("a", "2023-06-30", "major"), ev("b", "2024-01-01", "major"), ev("c", "2024-06-01", "major")] }), T, c)).toBe("special");
    expect(_levelAsOf(unit({ riskEvents: [ev("a", "2023-06-29", "major"), ev("b", "2024-01-01", "major"), ev("c", "2024-06-01", "major")] }), T, c)).toBe("trigger");
    expect(_levelAsOf(unit({ riskEvents: [ev("s", "2025-06-30", "significant")] }), T, c)).toBe("key");
    expect(_levelAsOf(unit({ riskEvents: [ev("s", "2025-06-29", "significant")] }), T, c)).toBe("trigger");
    expect(_levelAsOf(unit({ riskEvents: [ev("n", "2025-06-30", "minor")] }), T, c)).toBe("routine");
    expect(_levelAsOf(unit({ riskEvents: [ev("n", "2025-06-29", "minor")] }), T, c)).toBe("trigger");
    // Kinds: special counts accidents only, key enforcement cases only.
    const k = definePolicy(nanjing2023, { id: "kinds", supervision: { special: { kinds: ["accident"] }, key: { kinds: ["enforcement"] } } });
    const three = (kind: RiskEvent["kind"]) => unit({ riskEvents: ["2025-01-01", "2025-06-01", "2026-01-01"].map((d, i) => ev(`m${i}`, d, "major", kind)) });
    expect(_levelAsOf(three("accident"), T, _compiledPolicy(k))).toBe("special");
    expect(_levelAsOf(three("enforcement"), T, _compiledPolicy(k))).toBe("key");
    expect(_levelAsOf(three("other"), T, _compiledPolicy(k))).toBe("routine");
    expect(classifyUnit(three("other"), { asOf, policy: k }).level).toBe("routine");
  });

  it("an event of unknown severity is a TypeError here too", () => {
    const bad = { ...unit(), riskEvents: [{ id: "x9", date: "2026-01-01", severity: "huge", kind: "other" }] } as unknown as Unit;
    expect(thrownAs(TypeError, () => _levelAsOf(bad, toDayNumber(asOf), _compiledPolicy(undefined))).message).toBe('Risk event "x9": unknown severity "huge" or kind "other"; validate the unit first.');
  });

  it("a credit class on the day counts; one the day after does not", () => {
    const c = _compiledPolicy(undefined);
    expect(_levelAsOf(unit({ creditRisk: { grade: "C", asOf } }), toDayNumber(asOf), c)).toBe("key");
    expect(_levelAsOf(unit({ creditRisk: { grade: "D", asOf: "2026-07-01" } }), toDayNumber(asOf), c)).toBe("trigger");
    expect(_levelAsOf(unit({ creditRisk: { grade: "D", asOf } }), toDayNumber(asOf), c)).toBe("special");
  });
});

describe("_classify with firedOnly (what tier history reads)", () => {
  it("the level, the day and the reasons that fired — the same as the full answer's — and nothing else", () => {
    const c = _compiledPolicy(undefined);
    const cases = [
      unit(),
      unit({ riskEvents: [ev("n", "2026-01-01", "minor")] }),
      unit({ riskEvents: [ev("m1", "2025-01-01", "major"), ev("m2", "2025-06-01", "major"), ev("m3", "2026-01-01", "major")], creditRisk: { grade: "C", asOf: "2026-01-01" } }),
      unit({ creditRisk: { grade: "D", asOf: "2026-01-01" } }),
      unit({ creditRisk: { grade: "D", asOf: "2026-07-01" } }),
    ];
    for (const u of cases) {
      const full = _classify(u, asOf, c);
      const fired = _classify(u, asOf, c, true);
      expect(Object.keys(fired).sort()).toEqual(["asOf", "level", "reasons"]);
      expect(fired).toEqual({ level: full.level, asOf, reasons: full.reasons });
    }
  });
});

describe("classifyUnit — data the schema would refuse", () => {
  it("an event of unknown severity or kind is a TypeError naming the event", () => {
    const bad = { ...unit(), riskEvents: [{ id: "x9", date: "2026-01-01", severity: "huge", kind: "other" }] } as unknown as Unit;
    const e = thrownAs(TypeError, () => classifyUnit(bad, { asOf }));
    expect(e.message).toBe('Risk event "x9": unknown severity "huge" or kind "other"; validate the unit first.');
    const badKind = { ...unit(), riskEvents: [{ id: "x8", date: "2026-01-01", severity: "major", kind: "rumour" }] } as unknown as Unit;
    expect(thrownAs(TypeError, () => classifyUnit(badKind, { asOf })).message).toBe('Risk event "x8": unknown severity "major" or kind "rumour"; validate the unit first.');
    expect(thrownAs(TypeError, () => _levelAsOf(badKind, toDayNumber(asOf), _compiledPolicy(undefined))).message).toBe('Risk event "x8": unknown severity "major" or kind "rumour"; validate the unit first.');
    // An event after the day is not looked at.
    const later = { ...unit(), riskEvents: [{ id: "x7", date: "2026-07-01", severity: "huge", kind: "other" }] } as unknown as Unit;
    expect(classifyUnit(later, { asOf }).level).toBe("trigger");
    expect(_levelAsOf(later, toDayNumber(asOf), _compiledPolicy(undefined))).toBe("trigger");
  });

  it("an unknown credit class dated after the day is ignored by _levelAsOf too; on the day it is a data error", () => {
    const u = unit({ creditRisk: { grade: "E", asOf: "2026-07-01" } });
    expect(_levelAsOf(u, toDayNumber(asOf), _compiledPolicy(undefined))).toBe("trigger");
    expect(() => _levelAsOf(u, toDayNumber("2026-07-01"), _compiledPolicy(undefined))).toThrow(/creditRisk/);
  });

  it("an unknown credit class names the unit when its id is text, and no unit otherwise (internal callers)", () => {
    const c = _compiledPolicy(undefined);
    const raw = { ...unit(), id: 7, creditRisk: { grade: "Z", asOf: "2026-01-01" } } as unknown as Unit;
    expect(thrownAs(UnitDataError, () => _classify(raw, asOf, c)).unitId).toBeUndefined();
    expect(thrownAs(UnitDataError, () => _levelAsOf(raw, toDayNumber(asOf), c)).unitId).toBeUndefined();
    const named = unit({ creditRisk: { grade: "Z", asOf: "2026-01-01" } });
    const e = thrownAs(UnitDataError, () => _levelAsOf(named, toDayNumber(asOf), c));
    expect([e.code, e.path, e.value, e.expected, e.policyId, e.unitId]).toEqual(["unknown_credit_class", "/creditRisk/grade", "Z", ["A", "B", "C", "D"], "nanjing2023", "u1"]);
  });

  it("an unknown role brings no recall duty; a seller carries none", () => {
    const odd = { ...unit(), roles: ["importer"] } as unknown as Unit;
    expect(classifyUnit(odd, { asOf }).duties).toEqual([]);
    expect(classifyUnit(unit({ roles: ["seller"] }), { asOf }).duties).toEqual([]);
    expect(classifyUnit(unit({ roles: ["seller", "producer"] }), { asOf }).duties.map((d) => d.duty)).toEqual(["recall"]);
  });
});
