import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DatasetSchema, nanjing2023, type Dataset } from "../index";
import { ReportBuilder, type ReportBuilderOptions, type SupervisionReport } from "./builder";

// The bundled demo, as of 2026-11-20; what each unit shows is in examples/nanjing-demo.md, and
// which department handles what in 宁市监质监〔2023〕146号 附件1 三、成员处室（单位）职责分工.
const demo = DatasetSchema.parse(JSON.parse(readFileSync(new URL("../../examples/nanjing-demo.json", import.meta.url), "utf8"))) as Dataset;

function report(options: Partial<ReportBuilderOptions> = {}): SupervisionReport {
  const b = new ReportBuilder({ asOf: "2026-11-20", asOfFrom: "dataset", policy: nanjing2023, source: "demo", version: "0", ...options });
  for (const unit of demo.units) b.addUnit(unit);
  return b.finish();
}
const keys = (rows: { id: string; code?: string; kind?: string }[]) => rows.map((r) => `${r.id} ${r.code ?? r.kind}`);

describe("ReportBuilder by department", () => {
  const byLevel = report();
  const byDept = report({ by: "department" });
  const groups = byDept.byDepartment!;

  it("adds byDepartment only when asked, and leaves the rest of the report as it is", () => {
    expect(byLevel.byDepartment).toBeUndefined();
    const { byDepartment: _, ...rest } = byDept;
    expect(rest).toEqual(byLevel);
  });

  it("orders the departments as the policy lists them and leaves out those with nothing", () => {
    const order = Object.keys(nanjing2023.departments.members);
    const ids = Object.keys(groups);
    expect(ids).toEqual(order.filter((id) => ids.includes(id)));
    for (const g of Object.values(groups)) {
      expect(g.totals.overdue + g.totals.upcoming + g.totals.mechanismGaps + g.totals.findings).toBeGreaterThan(0);
    }
  });

  it("puts every obligation and finding row under exactly the department the row names", () => {
    for (const list of ["overdue", "upcoming", "findings"] as const) {
      const all = list === "findings" ? byLevel.findings : byLevel.obligations[list];
      const grouped = Object.values(groups).flatMap((g) => g[list].map((r) => ({ ...r, group: g.department })));
      expect(grouped).toHaveLength(all.length);
      for (const r of grouped) expect(r.department).toBe(r.group);
    }
    // Nanjing routes daily, weekly and monthly records alike: each gap row appears once.
    expect(Object.values(groups).flatMap((g) => g.mechanism)).toHaveLength(byLevel.mechanism.units.length);
  });

  it("puts NJ09's recall (obligation and finding) under 质量发展处, 附件1 三（五）", () => {
    const g = groups["quality-development"]!;
    expect(g.name).toBe("质量发展处");
    expect(g.duties.map((d) => d.citation.clause)).toEqual(["附件1 三（五）"]);
    expect(keys(g.overdue)).toContain("NJ09 recall");
    expect(keys(g.findings)).toContain("NJ09 recall-not-started");
  });

  it("puts NJ17's missing director and NJ22's missing officer under 执法协调处, 附件1 三（七）", () => {
    const g = groups["enforcement-coordination"]!;
    expect(g.name).toBe("执法协调处");
    expect(keys(g.findings)).toEqual(expect.arrayContaining(["NJ17 vacant-director", "NJ22 vacant-officer", "NJ07 vacant-director"]));
    expect(keys(g.overdue)).toEqual(expect.arrayContaining(["NJ17 staffing-director", "NJ22 staffing-officer"]));
    // The stated route (三（七） names 配备…质量安全总监、质量安全员) comes first.
    expect(g.duties[0]!.citation).toMatchObject({ clause: "附件1 三（七）" });
    expect(g.duties[0]!.citation.reading).toBeUndefined();
  });

  it("keeps at most `keep` rows per department and list, counting them all", () => {
    const cut = report({ by: "department", keep: 1 }).byDepartment!;
    for (const [id, g] of Object.entries(cut)) {
      expect(g.totals).toEqual(groups[id]!.totals);
      expect(g.overdue.length).toBe(Math.min(1, g.totals.overdue));
      expect(g.findings.length).toBe(Math.min(1, g.totals.findings));
      if (g.overdue.length) expect(g.overdue[0]!.dueOn).toBe(groups[id]!.overdue[0]!.dueOn); // the earliest due
    }
  });
});
