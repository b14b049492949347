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
  it("uses --kind and stops printing at --max-issues", async () => {
    const r = await _runQsd(["validate", "-", "--kind", "unit", "--max-issues", "1"], { stdin: "{}" });
    expect(r.code).toBe(1);
    expect(r.stdout.match(/^ {4}\//gm)).toHaveLength(1);
    expect(r.stdout).toMatch(/另有 \d+ 个问题未显示/);
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
