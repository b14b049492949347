import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { _runQsd } from "./_test-io";

const USCC = "91350100M000100Y43";
const unit = (id: string, name: string) => JSON.stringify({ id, name, uscc: USCC, roles: ["producer"] });
// Line 2 repeats line 1's id; line 3 is another unit.
const NDJSON = `${unit("NJ01", "第一家")}\n${unit("NJ01", "重复的一家")}\n${unit("NJ02", "第二家")}\n`;

describe("one rule for repeated unit ids in every command (issue 14)", () => {
  it("validate: the second line is invalid (duplicate_id), naming the first line; exit 1", async () => {
    const r = await _runQsd(["validate", "-", "--json"], { stdin: NDJSON });
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      file: "<stdin>",
      line: 2,
      id: "NJ01",
      ok: false,
      issues: [{ path: "/id", code: "duplicate_id", params: { list: "units", received: "NJ01", path: "<stdin>:1" } }],
      firstLocation: { file: "<stdin>", line: 1, id: "NJ01" },
    });
  });

  it("validate: repeated across files and across a data set, first wins", async () => {
    const dir = mkdtempSync(join(tmpdir(), "qsd-dup-"));
    writeFileSync(join(dir, "a.json"), JSON.stringify({ units: [JSON.parse(unit("A", "甲")), JSON.parse(unit("B", "乙")), JSON.parse(unit("A", "甲二"))] }));
    writeFileSync(join(dir, "b.ndjson"), `${unit("B", "乙二")}\n`);
    const r = await _runQsd(["validate", join(dir, "a.json"), join(dir, "b.ndjson"), "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('/units/2 (A)\n    /id: Duplicate id "A" in units (first at /units/0)');
    expect(r.stdout).toContain(`b.ndjson:1 (B)\n    /id: Duplicate id "B" in units (first at ${join(dir, "a.json")} /units/1)`);
    expect(r.stdout).toContain("4 records: 2 valid, 2 invalid (2 issues)");
  });

  it("classify, obligations and report skip the repeat and say where the first is; exit 1", async () => {
    for (const args of [
      ["classify", "-", "--as-of", "2026-11-20"],
      ["obligations", "-", "--as-of", "2026-11-20", "--json"],
    ]) {
      const r = await _runQsd(args, { stdin: NDJSON });
      expect(r.code, args[0]).toBe(1);
      expect(r.stderr, args[0]).toContain('qsd: 无效记录 <stdin>:2（NJ01），已跳过：\n    /id: units 中的标识"NJ01"重复（首次出现于 <stdin>:1）');
      expect(r.stdout, args[0]).not.toContain("重复的一家");
      expect(r.stdout, args[0]).toContain("第一家");
    }
    const report = await _runQsd(["report", "-", "--as-of", "2026-11-20", "--format", "json"], { stdin: NDJSON });
    expect(report.code).toBe(1);
    const json = JSON.parse(report.stdout) as { totals: { units: number; invalid: number }; invalid: { location: { line: number }; issues: { code: string }[]; firstLocation: { line: number } }[] };
    expect(json.totals).toMatchObject({ units: 2, invalid: 1 });
    expect(json.invalid[0]).toMatchObject({ location: { line: 2 }, issues: [{ code: "duplicate_id" }], firstLocation: { line: 1 } });
  });
});

describe("validate --kind policy accepts what --policy accepts (issue 14)", () => {
  it("the extends form is valid; a wrong base or override is an issue at its path", async () => {
    const ok = await _runQsd(["validate", "-", "--kind", "policy"], { stdin: JSON.stringify({ extends: "nanjing2023", id: "my-city" }) });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("1 条有效");
    const base = await _runQsd(["validate", "-", "--kind", "policy", "--lang", "en"], { stdin: JSON.stringify({ extends: "shanghai2024" }) });
    expect(base.code).toBe(1);
    expect(base.stdout).toContain('/extends: ');
    expect(base.stdout).toContain('"nanjing2023"');
    const bad = await _runQsd(["validate", "-", "--kind", "policy", "--lang", "en"], { stdin: JSON.stringify({ extends: "nanjing2023", supervision: { special: { windowYears: -1 } } }) });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("/supervision/special/windowYears");
  });
});
