import { describe, expect, it } from "vitest";
import { anhui2023 } from "./anhui-2023";
import { type Citation } from "./citations";
import { definePolicy } from "./define-policy";
import { DutiesParametersSchema, dutiesCitations, dutiesQuotes, nanjingDutiesParameters } from "./duties-parameters";
import { nanjing2023 } from "./nanjing-2023";
import { PolicyError } from "./policy-error";

// The plan's clauses the duties quote, as extracted from the PDF (nanjing-2023-146.txt),
// line breaks and PDF spaces included. Quotes must be found in them once lines are joined
// and the spaces around Arabic numerals dropped (the package's convention).
const PLAN_1_1_RAW = `（一）2023年，建立工业产品生产和销售单位质量安全数据

库，推动工业产品生产许可、强制性产品认证管理的产品生产单

位建立“日管控、周排查、月调度”工作机制。按照“先重点后一般、

先生产后流通”原则，2023年 11月底前，督促指导灶管阀生产和

销售单位完成质量安全基本信息录入工作，12月底前，督促指导

工业产品生产许可证管理的产品生产单位和实施强制性产品认证

管理的产品生产单位完成质量安全基本信息录入工作。
`;
const PLAN_1_2_RAW = `（二）2024年，工业产品生产和销售单位质量安全相关信息

在省局信息平台上应录尽录，工业产品生产许可、强制性产品认

证管理、涉及人身健康和生命财产安全并有强制性国家标准要求

的产品生产和销售单位“日管控、周排查、月调度”机制有效运行。

属地市场监管部门及时录入相关督促检查信息。融合监管主体日`;
const PLAN_2_3_RAW = `（三）推动配备质量安全管理人员。各单位要督促工业产品

生产和销售单位依法配备与单位规模、产品类别、风险等级相适

应的质量安全总监和质量安全员。指导生产和销售单位结合单位

已有的相关制度，制修完善《主要负责人质量安全职责》《质量安
 全总监职责》《质量安全员守则》等，明确和细化企业主要负责人

及质量安全总监、质量安全员岗位职责。按照总局《工业产品质

量安全管理人员考核指南》，依据省局题库，对工业产品生产和销

售单位质量安全总监、质量安全员进行监督抽查考核，并公布考

核结果；对监督抽查考核不合格的，要督促指导生产和销售单位

采取措施进行整改。
`;
const PLAN_2_4_RAW = `（四）指导企业建立动态管理机制。各单位要督促指导生产

和销售单位结合实际，建立并实施工业产品质量安全风险防控动

态管理机制，认真落实自查要求，制定完善《工业产品质量安全

风险管控清单》，建立健全日管控、周排查、月调度工作制度, 形

成《每日工业产品质量安全检查记录》《每周工业产品质量安全排

查治理报告》和《每月工业产品质量安全调度会议纪要》, 确保

产品质量安全风险隐患可防可控。
`;
const PLAN_2_5_RAW = `（五）推进信息化平台应用。各单位要加强督促指导生产和

销售单位将落实质量安全主体责任信息录入信息平台。按照“先重

点后一般、先生产后流通”的原则，对设立质量安全总监的、风险

监测、缺陷产品召回、工业产品生产许可、强制性产品认证、现

场检查、执法查处的以及被投诉举报并经核实的生产和销售单位，

属地市场监管部门核实一批录入一批，原则上要在 2023年 12月

底前录入相关信息。动态掌握相关情况，逐步完善企业信息数据。

指导企业通过平台对相关人员及风险防控实施动态管理。
`;
const PLAN_2_7_RECALL_RAW = `经确认产品存在缺陷的，督促生产单位按照国家有关规定进行召

回。根据发现产品质量安全风险的经营主体需要，组织开展质量`;
const normalise = (s: string) => s.replace(/\n/g, "").replace(/ *([0-9A-Za-z]+) */g, "$1");
const PLAN = [PLAN_1_1_RAW, PLAN_1_2_RAW, PLAN_2_3_RAW, PLAN_2_4_RAW, PLAN_2_5_RAW, PLAN_2_7_RECALL_RAW].map(normalise).join("");
const CLAUSE_TEXT: Record<string, string> = {
  "一（一）": normalise(PLAN_1_1_RAW),
  "一（二）": normalise(PLAN_1_2_RAW),
  "二（三）": normalise(PLAN_2_3_RAW),
  "二（四）": normalise(PLAN_2_4_RAW),
  "二（五）": normalise(PLAN_2_5_RAW),
  "二（七）": normalise(PLAN_2_7_RECALL_RAW),
};

function allCitations(v: unknown, out: Citation[] = []): Citation[] {
  if (v === null || typeof v !== "object") return out;
  if ("quote" in v && "document" in v) out.push(v as Citation);
  else for (const x of Object.values(v)) allCitations(x, out);
  return out;
}

describe("duties citations", () => {
  it("every quote of the Nanjing plan is verbatim from the clause it names", () => {
    const nanjing = Object.values(dutiesCitations).filter((c) => c.document === "宁市监质监〔2023〕146号");
    expect(nanjing.length).toBeGreaterThan(10);
    for (const c of nanjing) {
      expect(CLAUSE_TEXT[c.clause], c.clause).toBeDefined();
      expect(CLAUSE_TEXT[c.clause]).toContain(c.quote);
    }
    for (const [k, q] of Object.entries(dutiesQuotes)) if (!k.startsWith("scope") && !k.startsWith("staffingP") && !k.startsWith("staffingS")) expect(PLAN).toContain(q);
  });

  it("the readings are marked, each with a note", () => {
    const readings = Object.entries(dutiesCitations).filter(([, c]) => c.reading).map(([k]) => k).sort();
    expect(readings).toEqual(
      ["combine", "director", "factsUpToDueDate", "general", "mechanismDays", "mechanismPeriods", "mechanismRoles", "rectification", "recall", "sellerSector", "sizeGate", "vacancy"].sort(),
    );
    for (const c of Object.values(dutiesCitations)) if (c.reading) expect(c.note).toBeTruthy();
    expect(dutiesCitations.gasAppliance.reading).toBeUndefined();
    expect(dutiesCitations.priority.reading).toBeUndefined();
  });

  it("every parameter group of the Nanjing duties carries a citation", () => {
    expect(allCitations(nanjingDutiesParameters).length).toBeGreaterThanOrEqual(20);
  });
});

describe("nanjingDutiesParameters", () => {
  it("parses with its schema and is what both built-in policies use", () => {
    expect(DutiesParametersSchema.safeParse(nanjingDutiesParameters).success).toBe(true);
    expect(nanjing2023.duties).toBe(nanjingDutiesParameters);
    expect(anhui2023.duties).toBe(nanjingDutiesParameters);
  });

  it("holds the plan's dates and FACTS §1 thresholds (400 million yuan = 40000 万元)", () => {
    const d = nanjingDutiesParameters;
    expect([d.dataEntry.gasAppliance.dueOn, d.dataEntry.licensedProducers.dueOn, d.dataEntry.priority.dueOn, d.dataEntry.general.dueOn]).toEqual([
      "2023-11-30",
      "2023-12-31",
      "2023-12-31",
      "2024-12-31",
    ]);
    expect(d.unitSize.thresholds.producer.large).toEqual({ staff: 1000, revenueWan: 40000 });
    expect(d.unitSize.thresholds.producer.medium).toEqual({ staff: 300, revenueWan: 2000 });
    expect(d.unitSize.thresholds.wholesale.medium).toEqual({ staff: 20, revenueWan: 5000 });
    expect(d.unitSize.thresholds.retail.large).toEqual({ staff: 300, revenueWan: 20000 });
    expect(d.scope.mandatoryStandardSizeGate.enabled).toBe(false);
    expect(d.effectiveFrom.date).toBe("2023-05-05");
  });

  it("rejects thresholds that decrease from small to large, and unknown keys", () => {
    expect(() =>
      definePolicy(nanjing2023, { duties: { unitSize: { thresholds: { producer: { medium: { staff: 2000, revenueWan: 2000 } } } } } }),
    ).toThrow(PolicyError);
    expect(() => definePolicy(nanjing2023, { duties: { mechanism: { dayz: "every-day" } } } as never)).toThrow(PolicyError);
    expect(() => definePolicy(nanjing2023, { duties: { mechanism: { roles: { daily: ["officer", "officer"] } } } })).toThrow(PolicyError);
  });
});
