import { describe, expect, it } from "vitest";
import { definePolicy, nanjing2023 } from "../index";
import { _departmentRouter, _DepartmentGroups } from "./departments";
import type { ReportFindingRow, ReportMechanismRow, ReportObligationRow } from "./types";

// Departments and clauses from 宁市监质监〔2023〕146号 附件1 三、成员处室（单位）职责分工.
const obligation = (id: string, kind: ReportObligationRow["kind"], dueOn: string, department: string): ReportObligationRow => ({
  id,
  name: `${id} 公司`,
  kind,
  owedBy: "unit",
  dueOn,
  status: "overdue",
  days: 1,
  detail: "",
  detailEn: "",
  department,
});
const finding = (id: string, code: string, department: string): ReportFindingRow => ({ id, name: `${id} 公司`, area: "staffing", code, message: "", messageEn: "", department });
const gaps = (id: string, over: Partial<ReportMechanismRow> = {}): ReportMechanismRow => ({ id, name: `${id} 公司`, daily: [], weekly: [], monthly: [], wrongRole: 0, noRecords: false, ...over });

describe("_DepartmentGroups", () => {
  it("puts each row under its department, in the order of the policy's members, leaving out departments with nothing", () => {
    const g = new _DepartmentGroups(nanjing2023);
    g.addObligation("overdue", obligation("A", "data-entry", "2024-12-31", "information-centre"), { obligationKind: "data-entry" });
    g.addObligation("overdue", obligation("B", "recall", "2026-09-15", "quality-development"), { obligationKind: "recall" });
    g.addFinding(finding("C", "vacant-director", "enforcement-coordination"), { findingCode: "vacant" });
    g.addObligation("upcoming", obligation("D", "onsite-inspection", "2026-12-31", "quality-supervision"), { obligationKind: "onsite-inspection" });
    const out = g.finish();
    // 三（一）质量监督处, 三（五）质量发展处, 三（七）执法协调处, 三（十）信息中心.
    expect(Object.keys(out)).toEqual(["quality-supervision", "quality-development", "enforcement-coordination", "information-centre"]);
    expect(out["quality-development"]).toMatchObject({
      name: "质量发展处",
      nameEn: "Quality Development Division",
      totals: { overdue: 1, upcoming: 0, unknown: 0, mechanismGaps: 0, noRecords: 0, findings: 0 },
      duties: [{ duty: "recall", citation: { clause: "附件1 三（五）", quote: "负责缺陷产品召回的监督管理工作" } }],
    });
    expect(out["quality-development"]!.overdue.map((r) => r.id)).toEqual(["B"]);
    expect(out["enforcement-coordination"]!.findings.map((r) => r.id)).toEqual(["C"]);
    expect(out["quality-supervision"]!.upcoming.map((r) => r.id)).toEqual(["D"]);
    expect(out["quality-supervision"]!.duties[0]!.citation).toMatchObject({ clause: "附件1 三（一）", reading: true });
  });

  it("lists a duty reached by a stated route before the same duty reached by a reading", () => {
    const g = new _DepartmentGroups(nanjing2023);
    g.addFinding(finding("A", "failed-assessment", "enforcement-coordination"), { findingCode: "failed-assessment" }); // a reading
    g.addFinding(finding("B", "vacant-officer", "enforcement-coordination"), { findingCode: "vacant" }); // stated
    const duties = g.finish()["enforcement-coordination"]!.duties;
    expect(duties.map((d) => [d.duty, d.citation.reading ?? false])).toEqual([
      ["enforcement", false],
      ["enforcement", true],
    ]);
  });

  it("keeps the earliest due per department when cut, and still counts every row", () => {
    const g = new _DepartmentGroups(nanjing2023, 2);
    for (const [id, due] of [
      ["A", "2026-03-01"],
      ["B", "2024-01-01"],
      ["C", "2025-06-30"],
    ] as const) {
      g.addObligation("overdue", obligation(id, "staffing-director", due, "enforcement-coordination"), { obligationKind: "staffing-director" });
    }
    const e = g.finish()["enforcement-coordination"]!;
    expect(e.totals.overdue).toBe(3);
    expect(e.overdue.map((r) => r.id)).toEqual(["B", "C"]);
  });

  it("keeps a unit's mechanism row whole when daily, weekly and monthly go to one department (Nanjing: 执法协调处)", () => {
    const g = new _DepartmentGroups(nanjing2023);
    const idle = gaps("A", { daily: ["2026-11-02"], weekly: ["2026-W45"], monthly: [], noRecords: true });
    const partial = gaps("B", { weekly: ["2026-W46"], wrongRole: 1 });
    g.addMechanism(partial, ["weekly"]);
    g.addMechanism(idle, []);
    const e = g.finish()["enforcement-coordination"]!;
    expect(e.mechanism).toEqual([idle, partial]); // units without any record first
    expect(e.mechanism[0]).toBe(idle);
    expect(e.totals).toMatchObject({ mechanismGaps: 2, noRecords: 1 });
  });

  it("splits a unit's mechanism row when a policy routes the kinds to different departments", () => {
    const policy = definePolicy(nanjing2023, {
      id: "split",
      departments: { routes: { obligationKind: { "weekly-record": { department: "quality-supervision", duty: "medium-units" } } } },
    });
    const g = new _DepartmentGroups(policy);
    g.addMechanism(gaps("A", { daily: ["2026-11-02"], weekly: ["2026-W45"], wrongRole: 2 }), ["weekly", "daily"]);
    const out = g.finish();
    expect(Object.keys(out)).toEqual(["quality-supervision", "enforcement-coordination"]);
    expect(out["quality-supervision"]!.mechanism).toEqual([gaps("A", { weekly: ["2026-W45"], wrongRole: 1 })]);
    expect(out["enforcement-coordination"]!.mechanism).toEqual([gaps("A", { daily: ["2026-11-02"], wrongRole: 1 })]);
    expect(out["quality-supervision"]!.duties.map((d) => d.duty)).toEqual(["medium-units"]);
  });

  it("returns nothing when nothing was added", () => {
    expect(new _DepartmentGroups(nanjing2023).finish()).toEqual({});
  });
});
