/**
 * End-to-end: `qsd report --by department` on the bundled demo (examples/nanjing-demo.json,
 * as of 2026-11-20), run as the built CLI (`npm run build` first). What each unit shows is
 * in examples/nanjing-demo.md; which department handles what is the Nanjing plan's
 * Attachment 1, 三、成员处室（单位）职责分工 (宁市监质监〔2023〕146号):
 *
 * - 三（五）质量发展处 "负责缺陷产品召回的监督管理工作";
 * - 三（七）执法协调处 "负责组织协调对未按规定建立质量安全管理制度，或者未按规定配备、培训、
 *   考核质量安全总监、质量安全员，或者未按责任制要求落实质量安全责任的生产和销售单位查处工作".
 */
import { beforeAll, describe, expect, it } from "vitest";
import { requireFreshDist } from "../_dist";
import { DEMO, STACK_FRAME, qsd } from "./_cli";

interface Row {
  id: string;
  kind?: string;
  code?: string;
  department?: string;
}
interface Group {
  department: string;
  name: string;
  nameEn: string;
  duties: { duty: string; citation: { clause: string; quote: string; reading?: boolean } }[];
  totals: { overdue: number; upcoming: number; mechanismGaps: number; noRecords: number; findings: number };
  overdue: Row[];
  upcoming: Row[];
  mechanism: (Row & { daily: string[]; weekly: string[]; monthly: string[] })[];
  findings: Row[];
}
interface Report {
  asOf: string;
  totals: { overdue: number; upcoming: number; mechanismGaps: number; findings: number };
  obligations: { overdue: Row[]; upcoming: Row[] };
  mechanism: { units: Row[] };
  findings: Row[];
  byDepartment?: Record<string, Group>;
}

const RECALL_QUOTE = "负责缺陷产品召回的监督管理工作";
const ENFORCEMENT_WORDS = "未按规定配备、培训、考核质量安全总监、质量安全员";
const keys = (rows: Row[]) => rows.map((r) => `${r.id} ${r.code ?? r.kind}`);

let report: Report;
beforeAll(() => {
  requireFreshDist(["dist/cli.js"]);
  const r = qsd(["report", DEMO, "--by", "department", "--format", "json"]);
  expect(r.stderr).not.toMatch(STACK_FRAME);
  expect(r.code).toBe(0);
  report = JSON.parse(r.stdout) as Report;
});

describe("qsd report --by department --format json (the demo)", () => {
  it("keeps the level layout's lists and adds byDepartment, keyed by department id", () => {
    expect(report.asOf).toBe("2026-11-20");
    expect(report.byDepartment).toBeTypeOf("object");
    for (const [id, g] of Object.entries(report.byDepartment!)) expect(g.department).toBe(id);
  });

  it("puts NJ09's confirmed defect without a recall under 质量发展处 (附件1 三（五）)", () => {
    const g = report.byDepartment!["quality-development"]!;
    expect(g.name).toBe("质量发展处");
    expect(g.duties.map((d) => [d.citation.clause, d.citation.quote, d.citation.reading ?? false])).toEqual([["附件1 三（五）", RECALL_QUOTE, false]]);
    expect(keys(g.overdue)).toContain("NJ09 recall");
    expect(keys(g.findings)).toContain("NJ09 recall-not-started");
    // Nowhere else.
    for (const [id, other] of Object.entries(report.byDepartment!)) {
      if (id !== "quality-development") expect([...keys(other.overdue), ...keys(other.findings)].filter((k) => k.startsWith("NJ09 recall"))).toEqual([]);
    }
  });

  it("puts NJ17's missing director under 执法协调处 (附件1 三（七）), by a route the words state", () => {
    const g = report.byDepartment!["enforcement-coordination"]!;
    expect(g.name).toBe("执法协调处");
    expect(keys(g.findings)).toContain("NJ17 vacant-director");
    expect(keys(g.overdue)).toContain("NJ17 staffing-director");
    const stated = g.duties.find((d) => !d.citation.reading);
    expect(stated?.citation.clause).toBe("附件1 三（七）");
    expect(stated?.citation.quote).toContain(ENFORCEMENT_WORDS);
    // NJ22 (large seller, no officer) and NJ07 (director left 2026-09-30) likewise.
    expect(keys(g.findings)).toEqual(expect.arrayContaining(["NJ22 vacant-officer", "NJ07 vacant-director"]));
  });

  it("groups every overdue obligation and finding once, under the department its row names", () => {
    const groups = Object.values(report.byDepartment!);
    const sum = (f: (g: Group) => number) => groups.reduce((n, g) => n + f(g), 0);
    expect(sum((g) => g.totals.overdue)).toBe(report.totals.overdue);
    expect(sum((g) => g.totals.upcoming)).toBe(report.totals.upcoming);
    expect(sum((g) => g.totals.findings)).toBe(report.totals.findings);
    for (const g of groups) for (const r of [...g.overdue, ...g.upcoming, ...g.findings]) expect(r.department).toBe(g.department);
  });

  it("lists only departments with something, in the plan's order (三（一） … 三（十）)", () => {
    const order = ["quality-supervision", "news-publicity", "administrative-approval", "online-trading", "quality-development", "certification-supervision", "enforcement-coordination", "inspection-institute", "standardization-institute", "information-centre"];
    const ids = Object.keys(report.byDepartment!);
    expect(ids).toEqual(order.filter((id) => ids.includes(id)));
    for (const g of Object.values(report.byDepartment!)) expect(g.totals.overdue + g.totals.upcoming + g.totals.mechanismGaps + g.totals.findings).toBeGreaterThan(0);
  });

  it("routes the documented mechanism gaps (NJ02 daily, NJ07 weekly) with the daily / weekly / monthly records' department", () => {
    const holders = Object.values(report.byDepartment!).filter((g) => g.mechanism.some((r) => r.id === "NJ02" || r.id === "NJ07"));
    expect(holders.map((g) => g.department)).toEqual(["enforcement-coordination"]);
    const rows = holders[0]!.mechanism;
    expect(rows.find((r) => r.id === "NJ02")).toMatchObject({ daily: ["2026-11-11", "2026-11-12"] });
    expect(rows.find((r) => r.id === "NJ07")).toMatchObject({ weekly: ["2026-W44", "2026-W45", "2026-W46"] });
  });
});

describe("qsd report --by (the built CLI)", () => {
  it("prints each department's heading with its clause in text", () => {
    const r = qsd(["report", "--by", "department"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`质量发展处 Quality Development Division — ${RECALL_QUOTE}  宁市监质监〔2023〕146号 附件1 三（五）`);
  });
  it("exits 2 on an unknown grouping, without a stack trace", () => {
    const r = qsd(["report", "--by", "unit"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("--by 应为 level、department、district 之一");
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
});
