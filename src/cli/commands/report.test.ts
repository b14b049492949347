import { describe, expect, it } from "vitest";
import { _runQsd } from "../_test-io";
import type { SupervisionReport } from "../../index";
import { displayWidth } from "../text-width";

// Expectations from examples/nanjing-demo.md (the demo's documented intent), as of 2026-11-20.
async function demoReport(args: string[] = []): Promise<SupervisionReport> {
  const r = await _runQsd(["report", "--format", "json", ...args]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as SupervisionReport;
}
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe("qsd report (the bundled demo)", () => {
  it("counts the units per level and builds the annual lists as documented", async () => {
    const report = await demoReport();
    expect(report.asOf).toBe("2026-11-20");
    expect(report.asOfFrom).toBe("dataset");
    expect(report.totals).toMatchObject({ records: 26, units: 26, invalid: 0 });
    expect(Object.fromEntries(report.levels.map((l) => [l.level, ids(l.units)]))).toEqual({
      special: ["NJ03", "NJ04", "NJ11", "NJ12"],
      key: ["NJ05", "NJ06", "NJ07", "NJ08", "NJ09", "NJ10", "NJ24", "NJ25"],
      routine: ["NJ02", "NJ13", "NJ14", "NJ15", "NJ16", "NJ23"],
      trigger: ["NJ01", "NJ17", "NJ18", "NJ19", "NJ20", "NJ21", "NJ22", "NJ26"],
    });
    const lists = report.annualLists;
    expect(lists.year).toBe(2026);
    expect(ids(lists.producers.key)).toEqual(["NJ05", "NJ06", "NJ07", "NJ08", "NJ09", "NJ10", "NJ25"]);
    expect(ids(lists.producers.special)).toEqual(["NJ03", "NJ11", "NJ12"]);
    expect(ids(lists.sellers.key)).toEqual(["NJ06", "NJ10", "NJ24", "NJ25"]);
    expect(ids(lists.sellers.special)).toEqual(["NJ04", "NJ11"]);
  });
  it("lists the documented overdue obligations", async () => {
    const overdue = (await demoReport()).obligations.overdue.map((o) => `${o.id} ${o.kind} ${o.dueOn}`);
    expect(overdue).toEqual(
      expect.arrayContaining([
        "NJ10 data-entry 2023-11-30", // no platform entry, 灶管阀 deadline
        "NJ15 data-entry 2024-12-31", // no platform entry at all
        "NJ26 data-entry 2024-12-31",
        "NJ09 recall 2026-09-15", // confirmed defect, no recall started
        "NJ07 staffing-director 2026-10-01", // director left 2026-09-30, no successor
      ]),
    );
    expect(overdue.some((o) => o.startsWith("NJ17 staffing-director"))).toBe(true); // licence holder without a director
    expect(overdue.some((o) => o.startsWith("NJ22 staffing-officer"))).toBe(true); // large seller without an officer
    // On-site inspections still open for 2026-H2 are not overdue on 2026-11-20 (due 2026-12-31).
    expect(overdue.some((o) => o.startsWith("NJ04 onsite-inspection"))).toBe(false);
  });
  it("lists the open 2026-H2 inspections as upcoming when the window reaches the half-year's end", async () => {
    const upcoming = (await demoReport(["--upcoming-days", "41"])).obligations.upcoming;
    // 2026-11-20 + 41 days = 2026-12-31: NJ04, NJ08, NJ10, NJ11 and NJ24 have no on-site inspection in H2 yet.
    const inspections = upcoming.filter((o) => o.kind === "onsite-inspection");
    expect(ids(inspections).sort()).toEqual(["NJ04", "NJ08", "NJ10", "NJ11", "NJ24"]);
    expect(inspections.every((o) => o.dueOn === "2026-12-31" && o.days === 41)).toBe(true);
  });
  it("finds the documented mechanism gaps in November 2026", async () => {
    const m = (await demoReport()).mechanism;
    expect(m.period).toEqual({ start: "2026-11-01", end: "2026-11-20" });
    const row = (id: string) => m.units.find((u) => u.id === id);
    expect(row("NJ01")).toBeUndefined(); // complete
    expect(row("NJ05")).toBeUndefined(); // complete in November
    expect(row("NJ02")).toMatchObject({ daily: ["2026-11-11", "2026-11-12"], weekly: [], monthly: [], noRecords: false });
    expect(row("NJ07")).toMatchObject({ daily: [], weekly: ["2026-W44", "2026-W45", "2026-W46"] });
    expect(row("NJ19")).toMatchObject({ daily: [], weekly: ["2026-W46"] });
    expect(row("NJ21")).toMatchObject({ weekly: ["2026-W46"], wrongRole: 1 });
  });
  it("reports the documented staffing and supervision findings", async () => {
    const f = (await demoReport()).findings.map((x) => `${x.id} ${x.code}`);
    expect(f).toEqual(
      expect.arrayContaining([
        "NJ07 vacant-director",
        "NJ17 vacant-director",
        "NJ22 vacant-officer",
        "NJ09 failed-assessment",
        "NJ14 failed-assessment",
        "NJ10 no-responsible-official",
        "NJ07 official-change-late",
        "NJ08 official-change-late",
        "NJ12 official-change-late",
        "NJ24 official-change-late",
        "NJ09 recall-not-started",
      ]),
    );
    // NJ03's change was recorded on the last allowed day, NJ06's across the Spring Festival in time.
    expect(f).not.toContain("NJ03 official-change-late");
    expect(f).not.toContain("NJ06 official-change-late");
    // NJ03's director failed, then passed the re-test.
    expect(f.filter((x) => x.startsWith("NJ03"))).toEqual([]);
  });
  it("renders the text report with aligned columns, headings in Chinese and English", async () => {
    const r = await _runQsd(["report"], { tty: true, columns: 120 });
    expect(r.code).toBe(0);
    for (const h of ["一、分类监管  Units per level", "二、2026 年度名单  Annual lists 2026", "三、逾期事项  Overdue obligations", "五、日管控、周排查、月调度缺失", "七、无效记录  Invalid records (0)"]) {
      expect(r.stdout).toContain(h);
    }
    for (const line of r.stdout.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(120);
    // The level table: the count column is right-aligned at the same display column on every row.
    const rows = r.stdout.split("\n").filter((l) => /^ {2}(特别|重点|日常|触发式)监管 +\d+ /.test(l));
    expect(rows).toHaveLength(4);
    const ends = rows.map((l) => displayWidth(l.slice(0, l.search(/\d+ {2}NJ/) + l.slice(l.search(/\d+ {2}NJ/)).indexOf(" "))));
    expect(new Set(ends).size).toBe(1);
  });
  it("renders Markdown and HTML (escaped; the page's one script allowed by its hash)", async () => {
    const md = await _runQsd(["report", "--format", "markdown", "--lang", "en"]);
    expect(md.stdout).toMatch(/^# Industrial-product quality-safety supervision report/);
    expect(md.stdout).toContain("| special supervision | 4 | NJ03 NJ04 NJ11 NJ12 |");
    const html = await _runQsd(["report", "--format", "html"]);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(html.stdout).toContain("Content-Security-Policy");
    expect(html.stdout).toMatch(/script-src 'sha256-[A-Za-z0-9+/]{43}='/);
    expect(html.stdout).toContain("connect-src 'none'");
    expect(html.stdout.match(/<script(?![^>]*type="application\/json")/g)).toHaveLength(1);
  });
  it("lists invalid records with their issues and still reports the rest (exit 1)", async () => {
    const good = { id: "a", name: "A", uscc: "91350100M000100Y43", roles: ["producer"] };
    const stdin = JSON.stringify({ asOf: "2026-06-30", units: [good, { ...good, id: "b", uscc: "123" }, good] });
    const r = await _runQsd(["report", "-", "--format", "json"], { stdin });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as SupervisionReport;
    expect(report.totals).toMatchObject({ records: 3, units: 1, invalid: 2 });
    expect(report.invalid.map((x) => [x.location.pointer, x.issues[0]?.path ?? x.issues[0]?.code])).toEqual([
      ["/units/1", "/uscc"],
      ["/units/2", "/id"], // the repeated id "a"
    ]);
  });
  it("reports as of a day past the calendar (2027 has no notice yet): every unit counted, the rest unknown, one warning, exit 0", async () => {
    const r = await _runQsd(["report", "--as-of", "2027-05-01", "--lang", "en", "--format", "json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as SupervisionReport;
    expect(report.totals).toMatchObject({ records: 26, units: 26, invalid: 0 });
    expect(report.levels.reduce((n, l) => n + l.count, 0)).toBe(26);
    expect(report.calendar.missingYears).toEqual([2027]);
    expect(report.totals.unknown).toBeGreaterThan(0);
    expect(report.obligations.unknown.every((u) => u.missingYears.includes(2027))).toBe(true);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^warning: the holiday notice for 2027 is not in the calendar yet/);
    expect(lines[0]).toContain("--calendar");
    expect(lines[0]).toContain("qsd calendar import");
    const text = await _runQsd(["report", "--as-of", "2027-05-01"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/\n五、无法计算 {2}Cannot be computed yet \(\d+\)/);
    expect(text.stderr).toMatch(/^警告：2027 年放假安排尚未收录/);
  });
});

describe("qsd report row limits", () => {
  it("keeps only --limit rows per list in text but counts them all, and keeps every row in JSON", async () => {
    const all = await demoReport();
    expect(all.rowsKept).toBeUndefined();
    expect(all.totals.overdue).toBe(all.obligations.overdue.length);
    const text = await _runQsd(["report", "--limit", "3"]);
    expect(text.stdout).toContain(`Overdue obligations (${all.totals.overdue})`);
    expect(text.stdout).toContain(`另有 ${all.totals.overdue - 3} 条未显示`);
    // The three kept are the earliest due (the list is sorted by due date).
    const shown = text.stdout.split("\n").filter((l) => /^ {2}\d{4}-\d{2}-\d{2} +\d+ +NJ\d+ /.test(l)).map((l) => l.trim().slice(0, 10));
    expect(shown).toEqual(all.obligations.overdue.slice(0, 3).map((o) => o.dueOn));
    expect(text.stdout).toMatch(/特别监管 +4 +NJ03 NJ04 NJ11 … \(\+1\)/);
  });
});

describe("qsd report --by department", () => {
  it("lists the obligations, gaps and findings under each department's heading with its clause (附件1 三)", async () => {
    const r = await _runQsd(["report", "--by", "department"]);
    expect(r.code).toBe(0);
    // Units per level and annual lists stay first; the invalid records stay last.
    expect(r.stdout).toContain("一、分类监管  Units per level");
    expect(r.stdout).toContain("二、2026 年度名单  Annual lists 2026");
    expect(r.stdout).not.toContain("逾期事项  Overdue obligations");
    expect(r.stdout).toMatch(/\n[三四五六七八九十]+、质量发展处 Quality Development Division — 负责缺陷产品召回的监督管理工作 {2}宁市监质监〔2023〕146号 附件1 三（五）\n/);
    expect(r.stdout).toMatch(/\n[三四五六七八九十]+、执法协调处 Enforcement Coordination Division — 负责组织协调对未按规定建立质量安全管理制度，或者未按规定配备… {2}宁市监质监〔2023〕146号 附件1 三（七）（含解读）\n/);
    const headings = r.stdout.split("\n").filter((l) => /^[一二三四五六七八九十]+、/.test(l));
    expect(headings.at(-1)).toMatch(/、无效记录 {2}Invalid records \(0\)/);
    expect(r.stdout).toMatch(/分组 Grouped by +按处室（宁市监质监〔2023〕146号 附件1 三）/);
  });
  it("points the header at the invalid records' section by its number", async () => {
    const good = { id: "a", name: "A", uscc: "91350100M000100Y43", roles: ["producer"] };
    const stdin = JSON.stringify({ asOf: "2026-06-30", units: [good, { ...good, id: "b", uscc: "123" }] });
    const r = await _runQsd(["report", "-", "--by", "department", "--lang", "en"], { stdin });
    expect(r.code).toBe(1);
    const n = r.stdout.match(/\n(\d+)\. Invalid records \(1\)/)?.[1];
    expect(n).toBeDefined();
    expect(r.stdout).toContain(`1 invalid records (section ${n})`);
  });
  it("renders department sections with sub-headings in Markdown and HTML", async () => {
    const md = await _runQsd(["report", "--by", "department", "--format", "markdown", "--lang", "en"]);
    expect(md.stdout).toMatch(/\n## \d+\. Quality Development Division — Supervises the recall of defective products\n/);
    expect(md.stdout).toContain("### Overdue obligations (1)");
    const html = await _runQsd(["report", "--by", "department", "--format", "html"]);
    // The interactive page draws the rows from its data; the department is a filter and a chart there.
    expect(html.stdout).toContain('id="chart-departments"');
    expect(html.stdout).toContain("质量发展处");
  });
  it("keeps the level layout by default and with --by level", async () => {
    const plain = await _runQsd(["report"]);
    expect((await _runQsd(["report", "--by", "level"])).stdout).toBe(plain.stdout);
    expect(JSON.parse((await _runQsd(["report", "--format", "json"])).stdout)).not.toHaveProperty("byDepartment");
  });
  it("refuses an unknown --by with exit 2 and says what it accepts", async () => {
    const r = await _runQsd(["report", "--by", "city", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('--by must be one of level, department, district, not "city"');
  });
  it("documents --by in its help, with an example", async () => {
    const r = await _runQsd(["report", "--help"]);
    expect(r.stdout).toContain("--by <grouping>");
    expect(r.stdout).toContain("qsd report --by department");
  });
});

describe("qsd report --by district", () => {
  it("lists the rows under each unit's district code (GB/T 2260), in JSON as byDistrict", async () => {
    const report = await demoReport(["--by", "district"]);
    const groups = report.byDistrict!;
    expect(report.byDepartment).toBeUndefined();
    // The demo's districts are Nanjing's 3201xx codes; NJ09 (the recall) is in 320116 (examples/nanjing-demo.json).
    expect(Object.keys(groups).every((code) => /^3201\d\d$/.test(code))).toBe(true);
    expect(groups["320116"]!.overdue.map((o) => `${o.id} ${o.kind}`)).toContain("NJ09 recall");
    expect(Object.values(groups).reduce((n, g) => n + g.totals.overdue, 0)).toBe(report.totals.overdue);
  });
  it("renders a section per district with the parts that have rows", async () => {
    const r = await _runQsd(["report", "--by", "district", "--lang", "en"]);
    expect(r.code).toBe(0);
    // The Nanjing policy names its districts (issue 15: "320116 六合区").
    expect(r.stdout).toMatch(/\n\d+\. Luhe District \(320116\)\n/);
    expect(r.stdout).toMatch(/Grouped by +district \(GB\/T 2260\)/);
  });
});
