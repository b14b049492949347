import { describe, expect, it } from "vitest";
import { _runQsd } from "../_test-io";

const unit = (id: string, extra: object = {}) => ({ id, name: `单位${id}`, uscc: "91350100M000100Y43", roles: ["producer"], ...extra });

describe("qsd validate", () => {
  it("exits 0 and says so when everything is valid", async () => {
    const r = await _runQsd(["validate", "-"], { stdin: JSON.stringify({ asOf: "2026-11-20", units: [unit("a"), unit("b")] }) });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("✓ 共 2 条记录：2 条有效，0 条无效（0 个问题）\n");
  });
  it("prints each issue under its record's pointer and id, grouped per unit of a data set", async () => {
    // The standard's own example body 91350100M000100Y4 has check character 3, so …Y44 is wrong.
    const data = { units: [unit("a"), unit("b", { uscc: "91350100M000100Y44", roles: ["seller", "x"] })] };
    const r = await _runQsd(["validate", "-", "--lang", "en"], { stdin: JSON.stringify(data, null, 2) });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("✗ <stdin> /units/1 (b)");
    expect(lines[1]).toMatch(/^ {4}\/uscc: .*expected "3", got "4"/);
    expect(lines[2]).toMatch(/^ {4}\/roles\/1: /);
    expect(lines[3]).toBe("2 records: 1 valid, 1 invalid (2 issues)");
  });
  it("reports a bad NDJSON line with its number and checks the rest", async () => {
    const stdin = `${JSON.stringify(unit("a"))}\n{"id": "b",\n${JSON.stringify(unit("c", { roles: [] }))}\n`;
    const r = await _runQsd(["validate", "-", "--json"], { stdin });
    expect(r.code).toBe(1);
    const out = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ line: 2, ok: false, error: { column: 12 } });
    expect(out[1]).toMatchObject({ line: 3, id: "c", ok: false, issues: [{ path: "/roles", code: "too_small" }] });
    expect(r.stderr).toContain("1 行不是有效的 JSON");
  });
  it("uses --kind and lists at most --max-issues issues per record, counting the rest", async () => {
    // {} lacks the four required fields id, name, uscc and roles.
    const r = await _runQsd(["validate", "-", "--kind", "unit", "--max-issues", "1"], { stdin: "{}" });
    expect(r.code).toBe(1);
    expect(r.stdout.match(/^ {4}\//gm)).toHaveLength(1);
    expect(r.stdout).toContain("（根）: 另有 3 个问题未列出（每条记录最多列出 1 个）");
    expect(r.stdout).toContain("1 条无效（4 个问题）");
    expect((await _runQsd(["validate", "-", "--kind", "nope"], { stdin: "{}" })).code).toBe(2);
  });
  it("exits 2 for an unparseable JSON file, with its line and column, after checking the other files", async () => {
    const r = await _runQsd(["validate", "-", "/nonexistent/x.json", "--lang", "en"], { stdin: '[\n  {"id": "a"},\n  {"id": "b"\n' });
    expect(r.code).toBe(2);
    // Line 3 is `  {"id": "b"` (11 characters) followed by a line break: the error is at the
    // start of line 4, where the input ends.
    expect(r.stderr).toContain("<stdin>:4:1: JSON syntax error");
    expect(r.stderr).toContain("cannot read /nonexistent/x.json: no such file");
  });
});

describe("qsd validate --policy (issue 12: what the policy decides)", () => {
  // FACTS.md §2: the Nanjing profile's credit classes are SAMR's A, B, C, D.
  it('reports a unit\'s credit class "d" at /creditRisk/grade with the allowed classes, exit 1', async () => {
    const stdin = JSON.stringify(unit("a", { creditRisk: { grade: "d", asOf: "2026-01-01" } }));
    const r = await _runQsd(["validate", "-", "--policy", "nanjing2023", "--lang", "en"], { stdin });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("✗ <stdin> #1 (a)");
    expect(lines[1]).toMatch(/^ {4}\/creditRisk\/grade: Credit-risk class "d" .*nanjing2023.*A, B, C, D$/);
    expect(lines[2]).toBe("1 record: 0 valid, 1 invalid (1 issue)");
    expect(r.stderr).toBe("");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it("the same unit passes without --policy (schemas only, as before)", async () => {
    const stdin = JSON.stringify(unit("a", { creditRisk: { grade: "d", asOf: "2026-01-01" } }));
    expect((await _runQsd(["validate", "-"], { stdin })).code).toBe(0);
  });
  it("groups a data set's issue under the unit's pointer, with the path inside the unit; --json gives the code", async () => {
    const data = { asOf: "2026-11-20", units: [unit("a", { creditRisk: { grade: "A", asOf: "2026-01-01" } }), unit("b", { creditRisk: { grade: "良好", asOf: "2026-01-01" } })] };
    const r = await _runQsd(["validate", "-", "--policy", "nanjing2023"], { stdin: JSON.stringify(data) });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("✗ <stdin> /units/1（b）");
    expect(lines[1]).toMatch(/^ {4}\/creditRisk\/grade: 信用风险分类 "良好" .*A、B、C、D$/);
    const json = await _runQsd(["validate", "-", "--policy", "nanjing2023", "--json"], { stdin: JSON.stringify(data) });
    expect(JSON.parse(json.stdout.trim())).toMatchObject({ pointer: "/units/1", id: "b", ok: false, issues: [{ path: "/creditRisk/grade", code: "unknown_credit_class" }] });
  });
  it("reads the class set of a policy file (a Shandong-style A–E set)", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const dir = mkdtempSync(join(tmpdir(), "qsd-policy-"));
    const file = join(dir, "shandong.json");
    writeFileSync(file, JSON.stringify({ extends: "nanjing2023", id: "shandong-example", supervision: { credit: { classes: { A: "low", B: "general", C: "general", D: "higher", E: "high" } } } }));
    const stdin = JSON.stringify(unit("a", { creditRisk: { grade: "E", asOf: "2026-01-01" } }));
    expect((await _runQsd(["validate", "-", "--policy", file], { stdin })).code).toBe(0);
    expect((await _runQsd(["validate", "-", "--policy", "nanjing2023"], { stdin })).code).toBe(1);
  });
  it("an unknown policy name is a usage error (exit 2)", async () => {
    const r = await _runQsd(["validate", "-", "--policy", "nope"], { stdin: JSON.stringify(unit("a")) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("未知的监管政策");
  });
});
