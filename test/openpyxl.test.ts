/**
 * An independent writer and reader of the workbooks (issue 16, "Done when"): openpyxl
 * fills the blank template the way a person would — date cells, dropdown labels, text
 * typed into date columns, a unit named by its USCC, a few deliberate errors — and the
 * import gives exactly the expected data and located issues; openpyxl opens every workbook
 * `qsd` writes and finds the sheets, headers, data validations, frozen headers,
 * autofilters and date cells. Fails (not skips) without openpyxl when QSD_REQUIRE_OPENPYXL
 * is set (CI).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { _runQsd } from "../src/cli/_test-io";
import { validate, workbookSpec } from "../src/index";
import { python, requireOpenpyxl } from "./_openpyxl";

const hasOpenpyxl = requireOpenpyxl("openpyxl.test.ts");
const dir = mkdtempSync(join(tmpdir(), "qsd-openpyxl-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const DEMO = join(__dirname, "..", "examples", "nanjing-demo.json");

/** Fills the template as a person would; prints each sheet's header → column letter. */
const FILL = String.raw`
import sys, json, datetime, openpyxl
src, dst = sys.argv[1], sys.argv[2]
wb = openpyxl.load_workbook(src)
def cols(ws):
    return {c.value: c.column_letter for c in ws[1] if c.value}
def put(ws, row, values):
    h = cols(ws)
    for k, v in values.items():
        ws[h[k] + str(row)] = v
u = wb["单位"]
put(u, 2, {"单位编号": "U1", "单位名称": "南京示例燃具有限公司", "统一社会信用代码": "91320102785662599Y", "主体角色": "生产单位、销售单位",
           "企业规模": "小型", "从业人员": 45, "层级分类": "B", "行政区划代码": "320105", "强制性国家标准产品": "是", "灶管阀": "是",
           "食品相关产品": "否", "信用风险等级": "A", "信用风险分类日期": datetime.date(2026, 10, 31), "平台录入日期": datetime.datetime(2024, 3, 15)})
# A wrong check character (GB 32100: 91320104MAMAGYJ74C is right).
put(u, 3, {"单位编号": "U2", "单位名称": "南京示例五金销售有限公司", "统一社会信用代码": "91320104MAMAGYJ74X", "主体角色": "销售单位", "企业规模": "微型"})
p = wb["人员"]
put(p, 2, {"单位编号": "U1", "人员编号": "P1", "姓名": "周明远", "岗位": "主要负责人", "任职日期": datetime.date(2012, 3, 1), "联系电话": "025-80001037"})
put(p, 3, {"单位编号": "U1", "人员编号": "P2", "姓名": "陈静", "岗位": "质量安全总监", "任职日期": "2023/6/1"})
put(p, 4, {"统一社会信用代码": "91320102785662599Y", "姓名": "王芳", "岗位": "质量安全员", "任职日期": "2025年7月1日"})
# Not a label of the dropdown.
put(p, 5, {"单位编号": "U2", "人员编号": "Q1", "姓名": "李磊", "岗位": "质量总监", "任职日期": datetime.date(2024, 1, 2)})
r = wb["日管控周排查月调度"]
put(r, 2, {"单位编号": "U1", "记录类型": "日管控", "记录日期": datetime.date(2026, 11, 2), "记录人": "王芳", "零风险": "是"})
put(r, 3, {"单位编号": "U1", "记录类型": "周排查", "记录日期": datetime.date(2026, 11, 6), "记录人": "P2", "零风险": "否", "发现问题": "本周排查未发现新增风险隐患"})
e = wb["风险事件"]
put(e, 2, {"单位编号": "U1", "事件编号": "R1", "发现日期": datetime.date(2025, 8, 12), "风险等级": "一般", "风险来源": "风险监测",
           "情况说明": "抽检标签不规范", "处置完毕日期": datetime.date(2025, 9, 1)})
i = wb["检查"]
# A unit that is not in the 单位 sheet.
put(i, 2, {"单位编号": "U9", "检查编号": "I1", "检查日期": datetime.date(2026, 4, 22), "检查方式": "现场检查"})
put(i, 3, {"单位编号": "U1", "检查编号": "I1", "检查日期": datetime.date(2026, 4, 22), "检查方式": "现场检查", "检查发现": "未发现问题"})
wb.save(dst)
print(json.dumps({ws.title: cols(ws) for ws in wb.worksheets}, ensure_ascii=False))
`;

/** What openpyxl sees in a workbook. */
interface Seen {
  sheets: {
    title: string;
    headers: (string | number | null)[];
    freeze: string | null;
    autoFilter: string | null;
    validations: { sqref: string; type: string; formula1: string | null }[];
    dates: { cell: string; value: string; format: string }[];
    formats: Record<string, string>;
  }[];
}

/** Reads a workbook: per sheet the header row, frozen pane, autofilter, validations, the date cells of the first rows and row 2's number formats. */
const READ = String.raw`
import sys, json, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    dates = []
    for row in ws.iter_rows(min_row=2, max_row=min(ws.max_row, 60)):
        for c in row:
            if c.is_date and c.value is not None:
                dates.append({"cell": c.coordinate, "value": c.value.date().isoformat() if isinstance(c.value, datetime.datetime) else c.value.isoformat(), "format": c.number_format})
    out.append({
        "title": ws.title,
        "headers": [c.value for c in ws[1]],
        "freeze": ws.freeze_panes,
        "autoFilter": ws.auto_filter.ref,
        "validations": [{"sqref": str(v.sqref), "type": v.type, "formula1": v.formula1} for v in ws.data_validations.dataValidation],
        "dates": dates,
        "formats": {c.column_letter: c.number_format for c in ws[2]} if ws.max_row >= 2 else {},
    })
print(json.dumps({"sheets": out}, ensure_ascii=False))
`;

describe.skipIf(!hasOpenpyxl)("openpyxl fills the blank template", () => {
  it("and the import gives exactly the expected data and located issues", async () => {
    const template = join(dir, "template.xlsx");
    const filled = join(dir, "filled.xlsx");
    expect((await _runQsd(["template", "-o", template])).code).toBe(0);
    const cols = python<Record<string, Record<string, string>>>(FILL, [template, filled]);
    const run = await _runQsd(["import", filled, "--json"]);
    expect(run.code).toBe(1);
    const issues = run.stderr
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as { ref: string; code: string; unitId?: string; header: string });
    expect(issues.map((i) => [i.ref, i.code, i.unitId ?? null])).toEqual([
      [`单位!${cols["单位"]!["统一社会信用代码"]}3`, "uscc_checksum", "U2"],
      [`人员!${cols["人员"]!["岗位"]}5`, "invalid_enum", "U2"],
      [`检查!${cols["检查"]!["单位编号"]}2`, "unknown_unit", null],
    ]);
    const expected = validate("dataset", {
      units: [
        {
          id: "U1",
          name: "南京示例燃具有限公司",
          uscc: "91320102785662599Y",
          roles: ["producer", "seller"],
          size: "small",
          staff: 45,
          layer: "B",
          district: "320105",
          products: { licences: [], cccCertificates: [], mandatoryStandard: true, gasAppliance: true, foodContact: false },
          creditRisk: { grade: "A", asOf: "2026-10-31" },
          platformEntry: { enteredOn: "2024-03-15" },
          people: [
            { id: "P1", name: "周明远", role: "principal", from: "2012-03-01", phone: "025-80001037" },
            { id: "P2", name: "陈静", role: "director", from: "2023-06-01" },
            { id: "王芳", name: "王芳", role: "officer", from: "2025-07-01" },
          ],
          records: [
            { kind: "daily", date: "2026-11-02", byPersonId: "王芳", zeroRisk: true },
            { kind: "weekly", date: "2026-11-06", byPersonId: "P2", zeroRisk: false, findings: "本周排查未发现新增风险隐患" },
          ],
          riskEvents: [{ id: "R1", date: "2025-08-12", severity: "minor", kind: "risk-monitoring", description: "抽检标签不规范", closedOn: "2025-09-01" }],
          inspections: [{ id: "I1", date: "2026-04-22", kind: "onsite", findings: "未发现问题" }],
        },
      ],
    });
    if (!expected.ok) throw new Error(JSON.stringify(expected.issues));
    expect(JSON.parse(run.stdout)).toEqual(expected.value);
  });
});

describe.skipIf(!hasOpenpyxl)("openpyxl opens every workbook qsd writes", () => {
  const spec = workbookSpec();

  it("the template: every sheet and header, frozen headers, dropdowns of the enumerations' labels, date and text formats", async () => {
    const path = join(dir, "t.xlsx");
    await _runQsd(["template", "-o", path]);
    const seen = python<Seen>(READ, [path]);
    expect(seen.sheets.map((s) => s.title)).toEqual([...spec.sheets.map((s) => s.name), spec.notesSheet]);
    for (const sheet of spec.sheets) {
      const s = seen.sheets.find((x) => x.title === sheet.name)!;
      expect(s.headers).toEqual(sheet.columns.map((c) => c.header));
      expect(s.freeze).toBe("A2");
      sheet.columns.forEach((c, i) => {
        const letter = String.fromCharCode(65 + i);
        if (c.enumeration) {
          const v = s.validations.find((x) => x.sqref.startsWith(`${letter}2:`));
          expect(v, `${sheet.name} ${c.header}`).toBeDefined();
          expect(v!.type).toBe("list");
          expect(v!.formula1).toBe(`"${spec.enumerations[c.enumeration]!.dropdown.join(",")}"`);
        }
        if (c.kind === "date") expect(s.formats[letter], `${sheet.name} ${c.header}`).toBe("yyyy-mm-dd");
        if (c.kind === "id") expect(s.formats[letter], `${sheet.name} ${c.header}`).toBe("@");
      });
    }
    const notes = seen.sheets.find((x) => x.title === "说明")!;
    expect(notes.headers.slice(0, 3)).toEqual(["工作表", "表头", "字段"]);
  });

  it("an exported data set: headers, autofilters, validations and date cells", async () => {
    const path = join(dir, "demo.xlsx");
    await _runQsd(["export", DEMO, "-o", path]);
    const seen = python<Seen>(READ, [path]);
    const people = seen.sheets.find((s) => s.title === "人员")!;
    const demo = JSON.parse(readFileSync(DEMO, "utf8")) as { units: { people?: unknown[] }[] };
    const rows = 1 + demo.units.reduce((n, u) => n + (u.people?.length ?? 0), 0);
    expect(people.autoFilter).toBe(`A1:I${rows}`);
    expect(people.freeze).toBe("A2");
    // NJ01's principal took office on 2012-03-01 (examples/nanjing-demo.json): a date cell in 任职日期 (G).
    expect(people.dates[0]).toEqual({ cell: "G2", value: "2012-03-01", format: "yyyy-mm-dd" });
    expect(people.validations.map((v) => v.formula1)).toContain('"主要负责人,质量安全总监,质量安全员"');
    const dataset = seen.sheets.find((s) => s.title === "数据集")!;
    expect(dataset.dates).toEqual([{ cell: "A2", value: "2026-11-20", format: "yyyy-mm-dd" }]);
  });

  it("the report, classify and obligations workbooks: sheets, headers, autofilters and date cells", async () => {
    const report = join(dir, "report.xlsx");
    expect((await _runQsd(["report", "--as-of", "2026-11-20", "--format", "xlsx", "-o", report])).code).toBe(0);
    const r = python<Seen>(READ, [report]);
    expect(r.sheets[0]!.title).toBe("概况");
    const overdue = r.sheets.find((s) => s.title.includes("逾期事项"))!;
    expect(overdue.headers[0]).toBe("截止日");
    expect(overdue.freeze).toBe("A2");
    expect(overdue.autoFilter).toMatch(/^A1:G\d+$/);
    expect(overdue.dates.length).toBeGreaterThan(0);
    expect(overdue.dates.every((d) => d.cell.startsWith("A") && d.format === "yyyy-mm-dd")).toBe(true);

    const classify = join(dir, "classify.xlsx");
    await _runQsd(["classify", DEMO, "--format", "xlsx", "-o", classify]);
    const c = python<Seen>(READ, [classify]);
    expect(c.sheets[0]!.headers).toEqual(["序号", "单位编号", "单位名称", "统一社会信用代码", "监管层级", "层级代码", "依据", "规则"]);
    expect(c.sheets[0]!.autoFilter).toMatch(/^A1:H27$/);

    const obligations = join(dir, "obligations.xlsx");
    await _runQsd(["obligations", DEMO, "--format", "xlsx", "-o", obligations]);
    const o = python<Seen>(READ, [obligations]);
    expect(o.sheets[0]!.headers.slice(0, 3)).toEqual(["单位编号", "单位名称", "截止日"]);
    expect(o.sheets[0]!.dates.some((d) => d.cell.startsWith("C"))).toBe(true);
  });
});

describe.skipIf(!hasOpenpyxl)("CSV in GB18030, as Excel saves it on a Chinese Windows", () => {
  it("is detected and decoded (Python's own gb18030 codec writes it)", async () => {
    const folder = join(dir, "gbk");
    const write = String.raw`
import sys, os, json
d = sys.argv[1]
os.makedirs(d, exist_ok=True)
open(os.path.join(d, "单位.csv"), "wb").write("单位编号,单位名称,统一社会信用代码,主体角色\r\nU1,南京示例燃具有限公司,91320102785662599Y,生产单位\r\n".encode("gb18030"))
open(os.path.join(d, "人员.csv"), "wb").write("单位编号,人员编号,姓名,岗位,任职日期\r\nU1,P1,陈静,质量安全总监,2023/6/1\r\n".encode("gb18030"))
print(json.dumps(True))
`;
    python(write, [folder]);
    const out = join(dir, "gbk.json");
    const run = await _runQsd(["import", folder, "-o", out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("gb18030");
    const dataset = JSON.parse(readFileSync(out, "utf8")) as { units: { name: string; people: { name: string; role: string; from: string }[] }[] };
    expect(dataset.units[0]!.name).toBe("南京示例燃具有限公司");
    expect(dataset.units[0]!.people[0]).toMatchObject({ name: "陈静", role: "director", from: "2023-06-01" });
  });
});
