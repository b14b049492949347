/**
 * Spreadsheets in and out through `qsd` (in-process): the demo data set → xlsx → import
 * deep-equals the demo, and the same through a folder of CSV files (issue 16, "Done when").
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { _runQsd } from "../src/cli/_test-io";
import { validate } from "../src/index";
import demo from "../examples/nanjing-demo.json";

const dir = mkdtempSync(join(tmpdir(), "qsd-xlsx-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const DEMO = join(__dirname, "..", "examples", "nanjing-demo.json");

function parsedDemo() {
  const v = validate("dataset", demo);
  if (!v.ok) throw new Error("the demo data set is invalid");
  return v.value;
}

describe("demo → xlsx → import", () => {
  it("gives the demo data set back, deep-equal", async () => {
    const book = join(dir, "demo.xlsx");
    const out = join(dir, "back.json");
    expect((await _runQsd(["export", DEMO, "-o", book])).code).toBe(0);
    const run = await _runQsd(["import", book, "-o", out]);
    expect(run.stderr).toContain("0 个问题");
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(parsedDemo());
  });

  it("is read directly by validate, classify and report (the same units as the JSON)", async () => {
    const book = join(dir, "demo.xlsx");
    const v = await _runQsd(["validate", book]);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain(`共 ${demo.units.length} 条记录：${demo.units.length} 条有效`);
    const fromBook = await _runQsd(["classify", book, "--json"]);
    const fromJson = await _runQsd(["classify", DEMO, "--json"]);
    expect(fromBook.stdout).toBe(fromJson.stdout);
    const r1 = await _runQsd(["report", book, "--format", "json"]);
    const r2 = await _runQsd(["report", DEMO, "--format", "json"]);
    const strip = (s: string) => ({ ...JSON.parse(s), source: undefined });
    expect(strip(r1.stdout)).toEqual(strip(r2.stdout));
  });
});

describe("demo → CSV folder → import", () => {
  it("gives the demo data set back, deep-equal; each sheet one UTF-8 CSV with BOM and CRLF", async () => {
    const folder = join(dir, "csv");
    expect((await _runQsd(["export", DEMO, "-o", folder, "--format", "csv"])).code).toBe(0);
    const files = readdirSync(folder).sort();
    expect(files).toContain("单位.csv");
    expect(files).toContain("人员.csv");
    const people = readFileSync(join(folder, "人员.csv"), "utf8");
    expect(people.startsWith("\uFEFF单位编号,统一社会信用代码,单位名称,人员编号,姓名")).toBe(true);
    expect(people).toContain("\r\n");
    const out = join(dir, "back-csv.json");
    const run = await _runQsd(["import", folder, "-o", out]);
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(parsedDemo());
    // The files one by one, as `qsd import 单位.csv 人员.csv …`.
    const each = await _runQsd(["import", ...files.map((f) => join(folder, f)), "-o", out]);
    expect(each.code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(parsedDemo());
  });
});

describe("qsd import: problems and exit codes", () => {
  it("locates each problem at its cell, leaves the unit out, exits 1", async () => {
    const folder = join(dir, "bad");
    await _runQsd(["export", DEMO, "-o", folder, "--format", "csv"]);
    const path = join(folder, "人员.csv");
    const lines = readFileSync(path, "utf8").split("\r\n");
    // Row 2 is NJ01's first person: its 岗位 (F) and 任职日期 (G) made unreadable.
    const cells = lines[1]!.split(",");
    cells[5] = "质量总监";
    cells[6] = "2023-02-30";
    lines[1] = cells.join(",");
    writeFileSync(path, lines.join("\r\n"));
    const run = await _runQsd(["import", folder, "--lang", "en", "--json"]);
    expect(run.code).toBe(1);
    const issues = run.stderr
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as { ref: string; code: string; unitId: string });
    expect(issues.map((i) => `${i.ref} ${i.code} ${i.unitId}`)).toEqual(["人员!F2 invalid_enum NJ01", "人员!G2 invalid_date NJ01"]);
    const dataset = JSON.parse(run.stdout) as { units: { id: string }[] };
    expect(dataset.units.map((u) => u.id)).not.toContain("NJ01");
    expect(dataset.units).toHaveLength(demo.units.length - 1);
    // validate reads the folder too and shows the same cells.
    const v = await _runQsd(["validate", folder]);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain("人员!F2 岗位: 无法识别“质量总监”");
  });

  it("exits 2 for a file that is not a workbook", async () => {
    const path = join(dir, "not.xlsx");
    writeFileSync(path, "PK\u0003\u0004 not really a zip");
    const run = await _runQsd(["import", path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("不是有效的 .xlsx 工作簿");
  });
});
