/**
 * End-to-end: a credit class the policy does not know (issue 12, part 5) on the built `qsd`
 * (`npm run build` first). `qsd validate --policy` reports it as a located issue; the
 * per-unit commands list the unit as an invalid record at `/creditRisk/grade` — also
 * through the worker threads — with exit 1 and never a stack trace. Expected classes:
 * FACTS.md §2 (SAMR A, B, C, D in the Nanjing profile).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireFreshDist } from "../_dist";
import { STACK_FRAME, qsd } from "./_cli";

let dir = "";
const path = (name: string) => join(dir, name);
const unit = (id: string, grade: string) => ({ id, name: `演示单位${id}`, uscc: "91350100M000100Y43", roles: ["producer"], creditRisk: { grade, asOf: "2026-01-01" } });

beforeAll(() => {
  requireFreshDist(["dist/cli.js"]);
  dir = mkdtempSync(join(tmpdir(), "qsd-e2e-credit-"));
  writeFileSync(path("d.json"), JSON.stringify(unit("u1", "d")));
  writeFileSync(path("set.json"), JSON.stringify({ asOf: "2026-06-30", units: [unit("a", "A"), unit("b", "D"), unit("c", "良好")] }));
  // Enough lines for the worker threads (QSD_PARALLEL_MIN_BYTES=0 below); one bad class.
  const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify(unit(`n${i}`, i === 17 ? "d" : "B")));
  writeFileSync(path("many.ndjson"), `${lines.join("\n")}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a credit class outside the policy's set", () => {
  it('qsd validate --policy nanjing2023: a unit with grade "d" exits 1 with the located issue', () => {
    const r = qsd(["validate", path("d.json"), "--policy", "nanjing2023", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/ {4}\/creditRisk\/grade: Credit-risk class "d" is not in the class set of policy "nanjing2023"; expected one of: A, B, C, D\n/);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    const json = qsd(["validate", path("d.json"), "--policy", "nanjing2023", "--json"]);
    expect(JSON.parse(json.stdout.trim())).toMatchObject({ ok: false, id: "u1", issues: [{ path: "/creditRisk/grade", code: "unknown_credit_class" }] });
    // Schemas only without --policy, as before.
    expect(qsd(["validate", path("d.json")]).code).toBe(0);
  });

  it("qsd classify lists it as an invalid record with path /creditRisk/grade and exits 1, no stack trace", () => {
    const r = qsd(["classify", path("d.json"), "--as-of", "2026-06-30"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`qsd: 无效记录 ${path("d.json")} #1（u1），已跳过：`);
    expect(r.stderr).toMatch(/ {4}\/creditRisk\/grade: 信用风险分类 "d" 不属于监管政策“nanjing2023”规定的分类，应为以下之一：A、B、C、D\n/);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stderr).not.toContain("PolicyError");
  });

  it("in a data set the record is located by the unit's pointer; the others are classified", () => {
    const r = qsd(["classify", path("set.json"), "--json"]);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split("\n").map((l) => (JSON.parse(l) as { unitId: string; level: string }).level)).toEqual(["trigger", "special"]);
    expect(r.stderr).toContain(`无效记录 ${path("set.json")} /units/2（c），已跳过：`);
    expect(r.stderr).toMatch(/ {4}\/creditRisk\/grade: /);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it("in a long NDJSON file: the same invalid record, every other line classified", () => {
    const r = qsd(["classify", path("many.ndjson"), "--json", "--as-of", "2026-06-30"]);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(39);
    expect(r.stderr).toContain(`无效记录 ${path("many.ndjson")}:18（n17），已跳过：`);
    expect(r.stderr).toMatch(/ {4}\/creditRisk\/grade: 信用风险分类 "d"/);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it("qsd obligations and qsd report list it under invalid records, exit 1", () => {
    const o = qsd(["obligations", path("set.json"), "--lang", "en"]);
    expect(o.code).toBe(1);
    expect(o.stderr).toContain(`invalid record ${path("set.json")} /units/2 (c), skipped:`);
    expect(o.stderr).not.toMatch(STACK_FRAME);
    const rep = qsd(["report", path("set.json"), "--format", "json"]);
    expect(rep.code).toBe(1);
    const report = JSON.parse(rep.stdout) as { totals: { units: number; invalid: number }; invalid: { kind: string; issues: { path: string; code: string }[] }[] };
    expect(report.totals).toMatchObject({ units: 2, invalid: 1 });
    expect(report.invalid[0]).toMatchObject({ kind: "invalid", issues: [{ path: "/creditRisk/grade", code: "unknown_credit_class" }] });
    expect(rep.stderr).not.toMatch(STACK_FRAME);
  });
});
