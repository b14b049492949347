import { describe, expect, it } from "vitest";
import { RISK_EVENT_KINDS } from "../entities";
import { anhui2023 } from "./anhui-2023";
import { anhuiTierCitations, nanjingTierCitations, nanjingTierQuotes, type Citation } from "./citations";
import { definePolicy } from "./define-policy";
import { nanjing2023 } from "./nanjing-2023";
import { PolicyError } from "./policy-error";
import { PolicySchema, type Policy } from "./policy-schema";

// 二（七） as extracted from the PDF (nanjing-2023-146.txt, lines 156–176), line breaks and
// PDF spaces included; the quotes must be found in it once lines are joined and the spaces
// around Arabic numerals dropped (the convention used across the package).
const PLAN_2_7_RAW = `（七）实施分类监管。对未发现或者质量安全风险小的工业

产品生产和销售单位，按照“无事不扰”原则，纳入属地日常监管

或者实施触发式监管；对发现较大质量安全风险或者信用风险较

高的生产和销售单位，实施重点监管；对近 2 年内发现 3 次及

以上重大质量安全风险或者信用风险高的生产和销售单位，实施

特别监管。对实施重点监管、特别监管的，分别建立生产、销售

单位年度名单。将监管责任建档锁定明确到人，且半年内现场检

查不少于 1次。监管责任人如有变动，应在 5 个工作日内更新。

经确认产品存在缺陷的，督促生产单位按照国家有关规定进行召

回。根据发现产品质量安全风险的经营主体需要，组织开展质量

技术帮扶，精准提出整改措施。`;
const PLAN_2_7 = PLAN_2_7_RAW.replace(/\n/g, "").replace(/ *([0-9A-Za-z]+) */g, "$1");

function allCitations(p: Policy): Citation[] {
  const out: Citation[] = [];
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== "object") return;
    if ("quote" in v && "document" in v) out.push(v as Citation);
    else for (const x of Object.values(v)) walk(x);
  };
  walk(p.supervision);
  return out;
}

describe("citations", () => {
  it("the normalised plan text reads as printed", () => {
    expect(PLAN_2_7).toContain("对近2年内发现3次及以上重大质量安全风险");
    expect(PLAN_2_7).toContain("不少于1次。监管责任人如有变动，应在5个工作日内更新。");
  });
  it("every Nanjing quote is verbatim from 二（七）", () => {
    for (const q of Object.values(nanjingTierQuotes)) expect(PLAN_2_7).toContain(q);
    for (const c of Object.values(nanjingTierCitations)) {
      expect(c.document).toBe("宁市监质监〔2023〕146号");
      expect(c.clause).toBe("二（七）");
      expect(PLAN_2_7).toContain(c.quote);
    }
  });
  it("the readings of FACTS §2–§3 are marked with a note; stated rules are not", () => {
    const readings = Object.entries(nanjingTierCitations).filter(([, c]) => c.reading).map(([k]) => k).sort();
    // Issue 15, 5: "The special tier counts only severity: \"major\" events: the plan never says how
    // one finding is graded — mark it." 二（七） names 重大 and 较大 risks without grading them.
    expect(readings).toEqual(["credit", "halfYear", "keyWindow", "kinds", "lowRisk", "officialChange", "severity", "windowEdge"].sort());
    for (const c of Object.values(nanjingTierCitations)) if (c.reading) expect(c.note).toBeTruthy();
    expect(nanjingTierCitations.special.reading).toBeUndefined();
    expect(nanjingTierCitations.severity.quote).toBe("对近2年内发现3次及以上重大质量安全风险或者信用风险高的生产和销售单位，实施特别监管");
    expect(nanjing2023.supervision.special.severityCitation).toBe(nanjingTierCitations.severity);
  });
  // Issue 15, 5: "cite Anhui's own Chinese wording (key tier \"1年内发现1次以上抽查不合格、投诉举报被核实、媒体曝光等\";
  // special tier \"近两年内发现3次及以上…\")".
  it("Anhui citations quote Anhui's own Chinese words; what is summarised says FACTS.md §2", () => {
    expect(anhuiTierCitations.key.quote).toBe("1年内发现1次以上抽查不合格、投诉举报被核实、媒体曝光等");
    expect(anhuiTierCitations.special.quote).toBe("近两年内发现3次及以上");
    expect(anhuiTierCitations.key.note).toMatch(/FACTS\.md §2/);
    expect(anhuiTierCitations.special.note).toMatch(/FACTS\.md §2/);
    // "等" ends the list: a non-exhaustive list, marked as a reading.
    expect(anhuiTierCitations.kinds).toMatchObject({ reading: true });
    expect(anhuiTierCitations.kinds.note).toContain("等");
  });
});

describe("built-in policies", () => {
  it.each([nanjing2023, anhui2023])("$id passes PolicySchema unchanged", (p) => {
    const r = PolicySchema.safeParse(p);
    expect(r.success).toBe(true);
    expect(r.data).toEqual(p);
  });
  it.each([nanjing2023, anhui2023])("$id is deeply frozen", (p) => {
    const stack: unknown[] = [p];
    while (stack.length) {
      const v = stack.pop();
      if (v !== null && typeof v === "object") {
        expect(Object.isFrozen(v)).toBe(true);
        stack.push(...Object.values(v));
      }
    }
  });
  it("nanjing2023 encodes 二（七） and the FACTS defaults", () => {
    const s = nanjing2023.supervision;
    expect(s.special).toMatchObject({ windowYears: 2, minEvents: 3, severities: ["major"], creditLevels: ["high"] });
    expect(s.key).toMatchObject({ windowYears: 2, minEvents: 1, creditLevels: ["higher"] });
    expect([...s.key.severities].sort()).toEqual(["major", "significant"]);
    expect(s.lowRisk).toMatchObject({ noRisk: "trigger", minorOnly: "routine" });
    expect(s.windowEdge.start).toBe("inclusive");
    expect(s.credit.classes).toEqual({ A: "low", B: "general", C: "higher", D: "high" });
    expect(s.responsibleOfficial.updateWithinWorkingDays).toBe(5);
    expect(s.onsiteInspection).toMatchObject({ minPerHalfYear: 1, kinds: ["onsite"], halfYear: "calendar" });
    expect(s.recall.roles).toEqual(["producer"]);
    for (const c of allCitations(nanjing2023)) if (c.reading) expect(c.note).toBeTruthy();
  });
  it("anhui2023 encodes FACTS §2: key 1 event / 1 year, special 3 events / 2 years, credit 较高 / 高", () => {
    const s = anhui2023.supervision;
    // "抽查不合格、投诉举报被核实、媒体曝光等": 等 makes the list non-exhaustive (issue 15, 5): every kind counts by default.
    const kinds = [...RISK_EVENT_KINDS].sort();
    expect(s.key).toMatchObject({ windowYears: 1, minEvents: 1, creditLevels: ["higher"] });
    expect(s.special).toMatchObject({ windowYears: 2, minEvents: 3, creditLevels: ["high"] });
    expect([...s.key.kinds].sort()).toEqual(kinds);
    expect([...s.special.kinds].sort()).toEqual(kinds);
    expect(s.key.kindsCitation).toMatchObject({ reading: true, quote: "1年内发现1次以上抽查不合格、投诉举报被核实、媒体曝光等" });
    expect([...s.special.severities].sort()).toEqual(["major", "minor", "significant"]);
    expect(anhui2023.duties).toEqual(nanjing2023.duties);
  });
});

describe("definePolicy", () => {
  function policyError(overrides: Parameters<typeof definePolicy>[1]): PolicyError {
    try {
      definePolicy(nanjing2023, overrides);
    } catch (e) {
      if (e instanceof PolicyError) return e;
      throw e;
    }
    throw new Error("expected a PolicyError");
  }

  it("merges objects deeply, validates and freezes; the base is untouched", () => {
    const p = definePolicy(nanjing2023, { id: "nanjing-3y", version: "2.0.0", supervision: { special: { windowYears: 3 } } });
    expect(p.id).toBe("nanjing-3y");
    expect(p.supervision.special.windowYears).toBe(3);
    expect(p.supervision.special.minEvents).toBe(3);
    expect(p.supervision.key).toEqual(nanjing2023.supervision.key);
    expect(nanjing2023.supervision.special.windowYears).toBe(2);
    expect(Object.isFrozen(p.supervision.special)).toBe(true);
    expect(Object.isFrozen(p.supervision.special.severities)).toBe(true);
  });
  it("arrays replace", () => {
    const p = definePolicy(nanjing2023, { id: "x", supervision: { key: { severities: ["significant"] } } });
    expect(p.supervision.key.severities).toEqual(["significant"]);
  });
  it("the credit class set replaces as a whole (Shandong A–E)", () => {
    const p = definePolicy(nanjing2023, { id: "sd", supervision: { credit: { classes: { A: "low", B: "general", C: "general", D: "higher", E: "high" } } } });
    expect(Object.keys(p.supervision.credit.classes)).toEqual(["A", "B", "C", "D", "E"]);
    const q = definePolicy(nanjing2023, { id: "one", supervision: { credit: { classes: { X: "high" } } } });
    expect(q.supervision.credit.classes).toEqual({ X: "high" });
  });
  it("undefined leaves the base value", () => {
    expect(definePolicy(nanjing2023, { id: undefined, supervision: undefined })).toEqual(nanjing2023);
  });

  it("a negative window is a PolicyError naming /supervision/special/windowYears", () => {
    const e = policyError({ supervision: { special: { windowYears: -1 } } });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("PolicyError");
    expect(e.issues[0]!.path).toBe("/supervision/special/windowYears");
    expect(e.value).toBe(-1);
    expect(e.message).toContain("/supervision/special/windowYears");
    expect(e.messageZh).toContain("/supervision/special/windowYears");
    expect(e.issues[0]!.message).toMatch(/[\u4e00-\u9fff]/);
  });
  it("a fractional window is a PolicyError", () => {
    expect(policyError({ supervision: { key: { windowYears: 1.5 } } }).issues[0]!.path).toBe("/supervision/key/windowYears");
  });
  it("a class mapped to an unknown credit-risk level", () => {
    const e = policyError({ supervision: { credit: { classes: { E: "extreme" as "high" } } } });
    expect(e.issues[0]!.path).toBe("/supervision/credit/classes/E");
    expect(e.value).toBe("extreme");
  });
  it("an empty class name or an empty class set", () => {
    expect(policyError({ supervision: { credit: { classes: { "": "high" } } } }).issues[0]!.path).toMatch(/^\/supervision\/credit\/classes/);
    expect(policyError({ supervision: { credit: { classes: {} } } }).issues[0]!.path).toBe("/supervision/credit/classes");
  });
  it("an unknown supervision level for the low-risk cases (only routine or trigger)", () => {
    expect(policyError({ supervision: { lowRisk: { noRisk: "medium" as "routine" } } }).issues[0]!.path).toBe("/supervision/lowRisk/noRisk");
    expect(policyError({ supervision: { lowRisk: { minorOnly: "key" as "routine" } } }).issues[0]!.path).toBe("/supervision/lowRisk/minorOnly");
  });
  it("an unknown severity, kind or credit level in a tier rule", () => {
    expect(policyError({ supervision: { special: { severities: ["huge" as "major"] } } }).issues[0]!.path).toBe("/supervision/special/severities/0");
    expect(policyError({ supervision: { key: { creditLevels: ["C" as "high"] } } }).issues[0]!.path).toBe("/supervision/key/creditLevels/0");
    expect(policyError({ supervision: { key: { severities: [] } } }).issues[0]!.path).toBe("/supervision/key/severities");
    expect(policyError({ supervision: { key: { severities: ["major", "major"] } } }).issues[0]!.path).toBe("/supervision/key/severities/1");
  });
  it("a misspelt key is rejected, not silently dropped", () => {
    const e = policyError({ supervision: { special: { windowYear: 3 } as never } });
    expect(e.issues[0]!.path).toBe("/supervision/special");
    expect(e.issues[0]!.code).toBe("unrecognized_keys");
  });
  it("a reading without a note is rejected", () => {
    const e = policyError({ supervision: { lowRisk: { citation: { document: "x", clause: "y", quote: "z", reading: true } } } });
    expect(e.issues[0]!.path).toBe("/supervision/lowRisk/citation/note");
  });
  it("zero working days or zero inspections are rejected", () => {
    expect(policyError({ supervision: { responsibleOfficial: { updateWithinWorkingDays: 0 } } }).issues[0]!.path).toBe("/supervision/responsibleOfficial/updateWithinWorkingDays");
    expect(policyError({ supervision: { onsiteInspection: { minPerHalfYear: 0 } } }).issues[0]!.path).toBe("/supervision/onsiteInspection/minPerHalfYear");
    expect(policyError({ supervision: { onsiteInspection: { halfYear: "quarter" as "rolling" } } }).issues[0]!.path).toBe("/supervision/onsiteInspection/halfYear");
  });
});
