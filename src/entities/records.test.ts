import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { UnitSchema, type IssueParams } from "./index";
import { _messages } from "./messages";

// GB 32100-2015's own example code (check character 3).
const USCC = "91350100M000100Y43";
const people = [
  { id: "p1", name: "周明", role: "principal", from: "2020-01-01" },
  { id: "p2", name: "陈静", role: "director", from: "2023-06-01" },
  { id: "p3", name: "李磊", role: "officer", from: "2023-06-01" },
];
const unit = (extra: Record<string, unknown> = {}) => ({ id: "u1", name: "南京演示测试有限公司", uscc: USCC, roles: ["producer"], people, ...extra });

function issuesOf(schema: z.ZodType, input: unknown): { path: string; code: string; zh?: string; en: string }[] {
  const r = schema.safeParse(input);
  expect(r.success).toBe(false);
  return r.error!.issues.map((i) => {
    const own = (i as { params?: IssueParams }).params;
    return { path: i.path.join("/"), code: own?.code ?? i.code, zh: own ? _messages(own.code, own.params).zh : undefined, en: i.message };
  });
}

// Issue 15, 3: "Add the unit's own training and assessment records (`trainings[]`:
// `{ personId, date, kind: "training" | "assessment", passed?, hours? }`)"; 附件2/3 2.5:
// "检查质量安全总监和质量安全员培训考核情况".
describe("UnitSchema — trainings", () => {
  it("holds the unit's own training and assessment of its director and officers", () => {
    const trainings = [
      { personId: "p2", date: "2026-03-10", kind: "training", hours: 8 },
      { personId: "p3", date: "2026-03-20", kind: "assessment", passed: true },
    ];
    expect(UnitSchema.parse(unit({ trainings })).trainings).toEqual(trainings);
  });

  it("names a person of the unit; hours are not negative; the kind is training or assessment", () => {
    const issues = issuesOf(UnitSchema, unit({ trainings: [{ personId: "x", date: "2026-03-10", kind: "training" }] }));
    expect(issues).toEqual([expect.objectContaining({ path: "trainings/0/personId", code: "unknown_person", zh: '被培训考核人员"x"不是本单位人员' })]);
    expect(issuesOf(UnitSchema, unit({ trainings: [{ personId: "p2", date: "2026-03-10", kind: "training", hours: -1 }] }))[0]!.code).toBe("too_small");
    expect(issuesOf(UnitSchema, unit({ trainings: [{ personId: "p2", date: "2026-03-10", kind: "exam" }] }))[0]!.code).toBe("invalid_value");
  });
});

// Plan 二（四）: "制定完善《工业产品质量安全风险管控清单》"; issue 15, 6: "a dated document with revisions".
describe("UnitSchema — the risk-control list", () => {
  it("is dated, with revisions and optional points", () => {
    const list = { adoptedOn: "2024-01-15", revisions: [{ date: "2025-03-01", summary: "增加进货价格异常情形" }], points: [{ id: "K1", text: "进货价格异常", kind: "abnormal-price" }] };
    expect(UnitSchema.parse(unit({ riskControlList: list })).riskControlList).toEqual(list);
    expect(UnitSchema.parse(unit({ riskControlList: { adoptedOn: "2024-01-15" } })).riskControlList).toEqual({ adoptedOn: "2024-01-15", revisions: [], points: [] });
    expect(UnitSchema.parse(unit({ riskControlList: { adoptedOn: "2024-01-15", points: [{ id: "K1", text: "其他" }] } })).riskControlList!.points[0]!.kind).toBe("other");
  });

  it("rejects a revision dated before adoption, and a repeated point id", () => {
    expect(issuesOf(UnitSchema, unit({ riskControlList: { adoptedOn: "2024-01-15", revisions: [{ date: "2024-01-14" }] } }))).toEqual([
      expect.objectContaining({ path: "riskControlList/revisions/0/date", code: "revised_before_adopted", zh: "修订日期 2024-01-14 早于制定日期 2024-01-15" }),
    ]);
    const points = [{ id: "K1", text: "a" }, { id: "K1", text: "b" }];
    expect(issuesOf(UnitSchema, unit({ riskControlList: { adoptedOn: "2024-01-15", points } }))[0]).toMatchObject({ path: "riskControlList/points/1/id", code: "duplicate_id" });
  });
});

// Plan 二（三）: "制修完善《主要负责人质量安全职责》《质量安全总监职责》《质量安全员守则》等"; issue 15, 6: "kind and adoption date".
describe("UnitSchema — job-duty documents", () => {
  it("holds each document's kind and adoption date", () => {
    const docs = [
      { kind: "principal-duties", adoptedOn: "2023-08-01" },
      { kind: "director-duties", adoptedOn: "2023-08-01", revisedOn: "2025-01-10" },
      { kind: "officer-code", adoptedOn: "2023-08-01" },
    ];
    expect(UnitSchema.parse(unit({ dutyDocuments: docs })).dutyDocuments).toEqual(docs);
    expect(issuesOf(UnitSchema, unit({ dutyDocuments: [{ kind: "manual", adoptedOn: "2023-08-01" }] }))[0]!.code).toBe("invalid_value");
  });
});

// FACTS.md §1, Art. 4: "when the director or officer finds a defect that endangers safety, they
// propose stopping production (sale); the principal must analyse and act at once".
describe("UnitSchema — veto proposals", () => {
  const v = { id: "V1", date: "2026-05-06", byPersonId: "p2", action: "stop-production" };
  it("holds date, person, proposal and the decision date", () => {
    expect(UnitSchema.parse(unit({ vetoProposals: [{ ...v, decidedOn: "2026-05-06", decision: "停产整改" }] })).vetoProposals[0]).toMatchObject({ decidedOn: "2026-05-06" });
  });

  it("rejects a decision before the proposal, an unknown proposer and a repeated id", () => {
    expect(issuesOf(UnitSchema, unit({ vetoProposals: [{ ...v, decidedOn: "2026-05-05" }] }))).toEqual([
      expect.objectContaining({ path: "vetoProposals/0/decidedOn", code: "decided_before_proposed", zh: "研判处置日期 2026-05-05 早于提出日期 2026-05-06" }),
    ]);
    expect(issuesOf(UnitSchema, unit({ vetoProposals: [{ ...v, byPersonId: "nobody" }] }))).toEqual([
      expect.objectContaining({ path: "vetoProposals/0/byPersonId", code: "unknown_person", zh: '提出人"nobody"不是本单位人员' }),
    ]);
    expect(issuesOf(UnitSchema, unit({ vetoProposals: [v, v] }))[0]).toMatchObject({ path: "vetoProposals/1/id", code: "duplicate_id" });
  });
});

// 附件2/3 2.4: "检查在日管控、周排查、月调度中发现的质量安全风险隐患整改情况"; issue 15, 6: "found, closed".
describe("UnitSchema — hazards", () => {
  it("holds the day found, the mechanism that found it and the day rectified", () => {
    const h = { id: "H1", date: "2026-11-17", source: "daily", description: "样机熄火保护响应时间偏长", closedOn: "2026-11-19" };
    expect(UnitSchema.parse(unit({ hazards: [h] })).hazards).toEqual([h]);
  });

  it("rejects a rectification before the hazard was found", () => {
    expect(issuesOf(UnitSchema, unit({ hazards: [{ id: "H1", date: "2026-11-17", closedOn: "2026-11-16" }] }))).toEqual([
      expect.objectContaining({ path: "hazards/0/closedOn", code: "closed_before_found" }),
    ]);
  });
});

// Plan 二（三）: "进行监督抽查考核，并公布考核结果"; 附件4 4.3: "组织对本辖区的质量安全总监、质量安全员随机进行监督抽查考核并公布结果".
describe("UnitSchema — publication of spot-check results", () => {
  it("an assessment may carry the day its result was published, not before the assessment", () => {
    const a = { personId: "p2", date: "2026-04-10", passed: true, publishedOn: "2026-04-20" };
    expect(UnitSchema.parse(unit({ assessments: [a] })).assessments[0]).toEqual(a);
    expect(issuesOf(UnitSchema, unit({ assessments: [{ ...a, publishedOn: "2026-04-09" }] }))).toEqual([
      expect.objectContaining({ path: "assessments/0/publishedOn", code: "published_before_assessed", zh: "考核结果公布日期 2026-04-09 早于考核日期 2026-04-10" }),
    ]);
  });
});

// Issue 15, 7: "`district` is a GB/T 2260 code: validate its form (6 digits)".
describe("UnitSchema — district", () => {
  it("accepts six digits and rejects anything else with invalid_district", () => {
    expect(UnitSchema.parse(unit({ district: "320105" })).district).toBe("320105");
    for (const bad of ["32010", "3201055", "32010A", "", "南京市建邺区"]) {
      expect(issuesOf(UnitSchema, unit({ district: bad }))).toEqual([expect.objectContaining({ path: "district", code: "invalid_district" })]);
    }
  });
});

// Issue 15, 1: "Model what a seller sells (product categories, not certificates)".
describe("UnitSchema — product categories", () => {
  it("a seller names the regimes of what it sells; the list defaults to empty", () => {
    const u = UnitSchema.parse(unit({ roles: ["seller"], products: { categories: ["ccc", "mandatory-standard"] } }));
    expect(u.products.categories).toEqual(["ccc", "mandatory-standard"]);
    expect(UnitSchema.parse(unit()).products.categories).toEqual([]);
    expect(issuesOf(UnitSchema, unit({ products: { categories: ["gas"] } }))[0]!.code).toBe("invalid_value");
  });
});
