import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { _runQsd } from "../_test-io";
import { bundledDemoPath } from "../demo";

const demo = bundledDemoPath()!;
const dir = mkdtempSync(join(tmpdir(), "qsd-checklist-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("qsd checklist", () => {
  it("prints a blank template (附件2) as Markdown", async () => {
    const r = await _runQsd(["checklist", "producer-tasks"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# 市场监管部门监管任务清单（模板）（生产单位类）/);
    expect(r.stdout).toContain("1.2 配备质量安全总监和质量安全员。");
  });
  it("writes CSV and HTML to a file with -o", async () => {
    const out = join(dir, "s.csv");
    const r = await _runQsd(["checklist", "supervision", "--format", "csv", "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(readFileSync(out, "utf8").charCodeAt(0)).toBe(0xfeff); // Excel-friendly BOM
  });
  it("prefills from a unit of the demo: NJ07 has no director since 2026-10-01 (item 1.2 ✗)", async () => {
    const r = await _runQsd(["checklist", "producer-tasks", "--unit", demo, "--unit-id", "NJ07"]);
    expect(r.code).toBe(0);
    const row = r.stdout.split("\n").find((l) => l.includes("1.2 配备质量安全总监和质量安全员"));
    expect(row).toContain("✗");
    expect(r.stderr).toMatch(/已根据 NJ07 的数据预填 \d+ 项/);
  });
  it("exits 2 for an unknown template, a file of many units without --unit-id, and a regulator template", async () => {
    const unknown = await _runQsd(["checklist", "food", "--lang", "en"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("producer-tasks, seller-tasks, supervision");
    expect((await _runQsd(["checklist", "producer-tasks", "--unit", demo])).stderr).toContain("--unit-id");
    expect((await _runQsd(["checklist", "supervision", "--unit", demo, "--unit-id", "NJ01"])).code).toBe(2);
    expect((await _runQsd(["checklist", "seller-tasks", "--unit", demo, "--unit-id", "NJ01"])).code).toBe(2); // NJ01 only produces
  });
  it("exits 1 when the unit is invalid", async () => {
    const r = await _runQsd(["checklist", "producer-tasks", "--unit", "-"], { stdin: JSON.stringify({ id: "x", name: "X", uscc: "bad", roles: ["producer"] }) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("/uscc");
  });
});
