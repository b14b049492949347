import { describe, expect, it } from "vitest";
import { _runQsd } from "../_test-io";
import { bundledDemoPath } from "../demo";

// The demo's intended tiers, from examples/nanjing-demo.md ("Tiers as of 2026-11-20").
const TIERS: Record<string, string[]> = {
  special: ["NJ03", "NJ04", "NJ11", "NJ12"],
  key: ["NJ05", "NJ06", "NJ07", "NJ08", "NJ09", "NJ10", "NJ24", "NJ25"],
  routine: ["NJ02", "NJ13", "NJ14", "NJ15", "NJ16", "NJ23"],
  trigger: ["NJ01", "NJ17", "NJ18", "NJ19", "NJ20", "NJ21", "NJ22", "NJ26"],
};
const demo = bundledDemoPath()!;

describe("qsd classify", () => {
  it("classifies the demo as of its asOf: one JSON line per unit, the documented tiers", async () => {
    const r = await _runQsd(["classify", demo, "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { unitId: string; level: string; asOf: string; reasons: { rule: string }[]; considered?: unknown });
    expect(lines).toHaveLength(26);
    for (const [level, ids] of Object.entries(TIERS)) expect(lines.filter((l) => l.level === level).map((l) => l.unitId)).toEqual(ids);
    expect(new Set(lines.map((l) => l.asOf))).toEqual(new Set(["2026-11-20"]));
    expect(lines.find((l) => l.unitId === "NJ04")?.reasons.map((x) => x.rule)).toContain("special.credit");
    expect(lines[0]!.considered).toBeUndefined();
    expect(JSON.parse((await _runQsd(["classify", demo, "--json", "--explain"])).stdout.split("\n")[0]!).considered).toBeDefined();
  });
  it("moves NJ05 to special the day before, as the demo documents (its oldest major risk is still inside the window)", async () => {
    const r = await _runQsd(["classify", demo, "--json", "--as-of", "2026-11-19"]);
    const nj05 = r.stdout.split("\n").find((l) => l.includes('"NJ05"'));
    expect(JSON.parse(nj05!).level).toBe("special");
  });
  it("prints a table with a summary on a terminal", async () => {
    const r = await _runQsd(["classify", demo], { tty: true, columns: 100 });
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toMatch(/^ *# +ID +单位名称 +监管层级 +依据$/);
    expect(lines.find((l) => l.includes("NJ04"))).toMatch(/特别监管/);
    expect(r.stdout).toContain("共 26 个主体：特别监管 4，重点监管 8，日常监管 6，触发式监管 8");
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(100);
  });
  it("skips invalid records, reporting them on stderr with exit 1", async () => {
    const good = { id: "a", name: "A", uscc: "91350100M000100Y43", roles: ["producer"] };
    const stdin = `${JSON.stringify(good)}\nnot json\n${JSON.stringify({ ...good, id: "b", roles: ["maker"] })}\n${JSON.stringify({ ...good, id: "c" })}\n`;
    const r = await _runQsd(["classify", "-", "--json", "--as-of", "2026-06-30"], { stdin });
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l).unitId)).toEqual(["a", "c"]);
    expect(r.stderr).toContain("<stdin>:2");
    expect(r.stderr).toContain("<stdin>:3（b）");
    expect(r.stderr).toContain("/roles/0");
  });
  it("uses today in Asia/Shanghai when neither --as-of nor the data gives a date", async () => {
    const unit = { id: "a", name: "A", uscc: "91350100M000100Y43", roles: ["producer"] };
    const r = await _runQsd(["classify", "-", "--json"], { stdin: JSON.stringify(unit), today: "2025-03-01" });
    expect(JSON.parse(r.stdout).asOf).toBe("2025-03-01");
  });
  it("an empty array: no units, exit 0, and no blank as-of date in the footer", async () => {
    const r = await _runQsd(["classify", "-", "--as-of", "2026-06-30"], { stdin: "[]" });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("共 0 个主体");
    expect(r.stdout).not.toMatch(/基准日\s*·/);
    expect(r.stdout).toContain("政策 nanjing2023");
  });
  it("takes a policy by name", async () => {
    const r = await _runQsd(["classify", demo, "--json", "--policy", "anhui2023"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout.split("\n")[0]!).policy.id).toBe("anhui2023");
  });
});

describe("qsd classify — a credit class the policy does not know (issue 12)", () => {
  const unit = (id: string, grade: string) => ({ id, name: `单位${id}`, uscc: "91350100M000100Y43", roles: ["producer"], creditRisk: { grade, asOf: "2026-01-01" } });

  it("lists the unit as an invalid record at /creditRisk/grade, classifies the rest, exits 1, no stack trace", async () => {
    const stdin = `${JSON.stringify(unit("a", "D"))}\n${JSON.stringify(unit("b", "d"))}\n`;
    const r = await _runQsd(["classify", "-", "--as-of", "2026-06-30", "--lang", "en"], { stdin });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^qsd: invalid record <stdin>:2 \(b\), skipped:\n {4}\/creditRisk\/grade: Credit-risk class "d" .*A, B, C, D\n$/);
    expect(r.stderr).not.toContain("PolicyError");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    // FACTS.md §2: class D is 高 → special supervision; the valid unit is still classified.
    expect(r.stdout).toMatch(/^1 +a +单位a +special supervision /m);
    expect(r.stdout).toMatch(/: special supervision 1; 1 invalid records skipped/);
  });
  it("with --json the valid units' lines are on stdout and the invalid record on stderr", async () => {
    const stdin = JSON.stringify({ asOf: "2026-06-30", units: [unit("a", "良好"), unit("b", "C")] });
    const r = await _runQsd(["classify", "-", "--json"], { stdin });
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split("\n").map((l) => (JSON.parse(l) as { unitId: string }).unitId)).toEqual(["b"]);
    expect(r.stderr).toContain("无效记录 <stdin> /units/0（a），已跳过：");
    expect(r.stderr).toMatch(/ {4}\/creditRisk\/grade: 信用风险分类 "良好" .*A、B、C、D/);
  });
  it("obligations and report list it the same way", async () => {
    const stdin = JSON.stringify({ asOf: "2026-06-30", units: [unit("a", "d"), unit("b", "C")] });
    const o = await _runQsd(["obligations", "-", "--lang", "en"], { stdin });
    expect(o.code).toBe(1);
    expect(o.stderr).toContain("invalid record <stdin> /units/0 (a), skipped:");
    expect(o.stderr).toMatch(/ {4}\/creditRisk\/grade: Credit-risk class "d"/);
    const rep = await _runQsd(["report", "-", "--format", "json"], { stdin });
    expect(rep.code).toBe(1);
    const report = JSON.parse(rep.stdout) as { totals: { units: number; invalid: number }; invalid: { location: { pointer: string; id?: string }; kind: string; issues: { path: string; code: string }[] }[] };
    expect(report.totals).toMatchObject({ units: 1, invalid: 1 });
    expect(report.invalid).toEqual([
      expect.objectContaining({ location: expect.objectContaining({ pointer: "/units/0", id: "a" }), kind: "invalid", issues: [expect.objectContaining({ path: "/creditRisk/grade", code: "unknown_credit_class" })] }),
    ]);
  });
});
