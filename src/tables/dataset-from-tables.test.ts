import { UTCDate } from "@date-fns/utc";
import { differenceInCalendarDays } from "date-fns";
import { describe, expect, it } from "vitest";
import demo from "../../examples/nanjing-demo.json";
import { validate } from "../validation";
import { datasetFromTables, datasetToTables, formatTableIssue, type TableIssue, type Tables } from "./index";

/** A real USCC (the demo's NJ01, checksum valid under GB 32100). */
const USCC = "91320102785662599Y";
const USCC2 = "91320104MAMAGYJ74C";

const unitRow = { 单位编号: "U1", 单位名称: "南京示例燃具有限公司", 统一社会信用代码: USCC, 主体角色: "生产单位" };

/** Excel's serial day of a date (1900 system), by date-fns: days since 1899-12-30 (Excel counts the fictitious 1900-02-29). */
const serial = (iso: string) => differenceInCalendarDays(new UTCDate(iso), new UTCDate("1899-12-30"));

const where = (issues: readonly TableIssue[]) => issues.map((i) => `${i.ref} ${i.code}`);

describe("datasetFromTables: what a sheet may hold (issue 16)", () => {
  it("reads dates as date cells, Excel serial numbers, and text 2024-05-10, 2024/5/10, 2024年5月10日", () => {
    const cells = [new Date(Date.UTC(2024, 4, 10)), serial("2024-05-10"), "2024-05-10", "2024/5/10", "2024年5月10日", "２０２４年５月１０日", String(serial("2024-05-10"))];
    const { dataset, issues } = datasetFromTables({
      单位: [unitRow],
      人员: cells.map((c, i) => ({ 单位编号: "U1", 人员编号: `P${i}`, 姓名: `张${i}`, 岗位: "质量安全员", 任职日期: c })),
    });
    expect(issues).toEqual([]);
    expect(dataset.units[0]!.people.map((p) => p.from)).toEqual(cells.map(() => "2024-05-10"));
  });

  it("reads Excel's serials at the edges: 1 is 1900-01-01, 61 is 1900-03-01, 60 (the 1900-02-29 that never was) is an issue", () => {
    const { dataset, issues } = datasetFromTables({
      单位: [unitRow],
      人员: [1, 61, 60].map((c, i) => ({ 单位编号: "U1", 人员编号: `P${i}`, 姓名: `张${i}`, 岗位: "质量安全员", 任职日期: c })),
    });
    expect(where(issues)).toEqual(["人员!E4 invalid_date"]); // 任职日期 is the fifth header: E
    expect(dataset.units).toEqual([]);
    const ok = datasetFromTables({ 单位: [unitRow], 人员: [1, 61].map((c, i) => ({ 单位编号: "U1", 人员编号: `P${i}`, 姓名: `张${i}`, 岗位: "质量安全员", 任职日期: c })) });
    expect(ok.dataset.units[0]!.people.map((p) => p.from)).toEqual(["1900-01-01", "1900-03-01"]);
  });

  it("reads enumerations from their Chinese labels, other spellings or codes (重大/较大/一般, 生产/销售)", () => {
    const { dataset, issues } = datasetFromTables({
      单位: [
        { ...unitRow, 主体角色: "生产、销售" },
        { 单位编号: "U2", 单位名称: "南京示例销售有限公司", 统一社会信用代码: USCC2, 主体角色: "seller" },
      ],
      风险事件: [
        { 单位编号: "U1", 事件编号: "R1", 发现日期: "2024-03-01", 风险等级: "重大", 风险来源: "监督抽查不合格" },
        { 单位编号: "U1", 事件编号: "R2", 发现日期: "2024-03-02", 风险等级: "significant", 风险来源: "media-exposure" },
        { 统一社会信用代码: USCC2, 事件编号: "R1", 发现日期: "2024-03-03", 风险等级: "一般", 风险来源: "其他" },
      ],
    });
    expect(issues).toEqual([]);
    expect(dataset.units[0]!.roles).toEqual(["producer", "seller"]);
    expect(dataset.units[1]!.roles).toEqual(["seller"]);
    expect(dataset.units[0]!.riskEvents.map((r) => [r.severity, r.kind])).toEqual([
      ["major", "sampling-failure"],
      ["significant", "media-exposure"],
    ]);
    expect(dataset.units[1]!.riskEvents[0]).toMatchObject({ severity: "minor", kind: "other" });
  });

  it("accepts English field names and a header carrying both languages", () => {
    const { dataset, issues } = datasetFromTables({
      units: [{ id: "U1", name: "南京示例燃具有限公司", uscc: USCC, roles: "producer" }],
      people: [{ "单位编号 unitId": "U1", "人员编号 id": "P1", "姓名（name）": "陈静", "岗位/role": "director", from: "2023-06-01" }],
    });
    expect(issues).toEqual([]);
    expect(dataset.units[0]!.people[0]).toMatchObject({ id: "P1", name: "陈静", role: "director", from: "2023-06-01" });
  });

  it("locates every problem at its cell, 人员!C5 style, with the hint", () => {
    const { dataset, issues, rejectedUnits } = datasetFromTables({
      单位: [unitRow, { 单位编号: "U1", 单位名称: "重复", 统一社会信用代码: USCC2, 主体角色: "销售" }],
      人员: [
        { 单位编号: "U1", 人员编号: "P1", 姓名: "陈静", 岗位: "质量总监", 任职日期: "2023-06-01" },
        { 单位编号: "U9", 人员编号: "P2", 姓名: "李磊", 岗位: "质量安全员", 任职日期: "2023-06-01" },
        { 单位编号: "U1", 人员编号: "P3", 姓名: "王芳", 岗位: "质量安全员", 任职日期: "2023-02-30", 工号: "7" },
      ],
    });
    expect(dataset.units).toEqual([]);
    expect(rejectedUnits).toEqual(["U1"]);
    // Headers in first-seen order: 单位编号 A, 人员编号 B, 姓名 C, 岗位 D, 任职日期 E, 工号 F.
    expect(where(issues)).toEqual(["单位!A3 duplicate_unit", "人员!F1 unknown_column", "人员!D2 invalid_enum", "人员!A3 unknown_unit", "人员!E4 invalid_date"]);
    const role = issues.find((i) => i.code === "invalid_enum")!;
    expect(role).toMatchObject({ sheet: "人员", row: 2, column: "D", header: "岗位", unitId: "U1" });
    expect(role.message).toContain("主要负责人/质量安全总监/质量安全员");
    expect(formatTableIssue(role)).toMatch(/^人员!D2 岗位：无法识别“质量总监”/);
    expect(formatTableIssue(role, { lang: "en" })).toMatch(/^人员!D2 岗位: "质量总监" is not allowed/);
  });

  it("points validation problems back at their cell: a USCC check character, a person not of the unit", () => {
    const bad = `${USCC.slice(0, 17)}X`;
    const { issues } = datasetFromTables({
      单位: [{ ...unitRow, 统一社会信用代码: bad }],
      日管控周排查月调度: [{ 单位编号: "U1", 记录类型: "日管控", 记录日期: "2024-05-10", 记录人: "无此人" }],
    });
    expect(where(issues)).toEqual(["单位!C2 uscc_checksum", "日管控周排查月调度!D2 unknown_person"]); // 记录人 is the fourth header: D
    expect(issues[1]).toMatchObject({ pointer: "/records/0/byPersonId", header: "记录人" });
  });

  it("reads 记录人 by name when that names one person, and defaults 单位编号 to the USCC and 人员编号 to the name", () => {
    const { dataset, issues } = datasetFromTables({
      单位: [{ 单位名称: "南京示例燃具有限公司", 统一社会信用代码: USCC, 主体角色: "生产单位" }],
      人员: [{ 统一社会信用代码: USCC, 姓名: "陈静", 岗位: "质量安全总监", 任职日期: "2023-06-01" }],
      日管控周排查月调度: [{ 统一社会信用代码: USCC, 记录类型: "周排查", 记录日期: "2024-05-10", 记录人: "陈静", 零风险: "是" }],
    });
    expect(issues).toEqual([]);
    const u = dataset.units[0]!;
    expect(u.id).toBe(USCC);
    expect(u.people[0]!.id).toBe("陈静");
    expect(u.records[0]).toEqual({ kind: "weekly", date: "2024-05-10", byPersonId: "陈静", zeroRisk: true });
  });

  it("finds the header under a title row in a grid, and skips empty rows while keeping row numbers", () => {
    const { dataset, issues } = datasetFromTables({
      单位: [["南京市工业产品质量安全主体台账"], [], ["序号", "单位编号", "单位名称", "统一社会信用代码", "主体角色"], [1, "U1", "南京示例燃具有限公司", USCC, "生产单位"], [], [2, "U2", "南京示例销售有限公司", USCC2, "销售单位、生产单位"]],
      人员: [["单位编号", "人员编号", "姓名", "岗位", "任职日期"], ["U2", "P1", "李磊", "岗位不明", "2023-06-01"]],
    });
    expect(dataset.units.map((u) => u.id)).toEqual(["U1"]);
    expect(dataset.units[0]!.roles).toEqual(["producer"]);
    expect(where(issues)).toEqual(["人员!D2 invalid_enum"]);
  });

  it("reports a missing required column once, at the header row, and a sheet it does not know", () => {
    const { issues } = datasetFromTables({ 单位: [unitRow], 人员: [{ 单位编号: "U1", 姓名: "陈静", 岗位: "质量安全总监" }], 统计: [["合计", 3]], 说明: [["anything"]] });
    expect(where(issues)).toEqual(["统计 unknown_sheet", "人员!1 missing_column"]);
    expect(issues[1]!.message).toBe("缺少必填列“任职日期”");
  });

  it("keeps long digit strings exact only as text: a USCC in a number cell is an issue", () => {
    const { issues } = datasetFromTables({ 单位: [{ ...unitRow, 统一社会信用代码: 913201137129223292 }] });
    expect(where(issues)).toEqual(["单位!C2 unsafe_number"]);
  });

  it("reads 证照 into licences and CCC certificates by 证照类型, and rejects a 证书状态 on a licence", () => {
    const { dataset, issues } = datasetFromTables({
      单位: [unitRow],
      证照: [
        { 单位编号: "U1", 证照类型: "生产许可证", 证书编号: "XK08-001-04763", 产品名称: "燃气灶", 有效期至: "2028/1/1" },
        { 单位编号: "U1", 证照类型: "CCC", 证书编号: "2020010801000318", 产品名称: "家用燃气灶具", 证书状态: "有效" },
      ],
    });
    expect(issues).toEqual([]);
    expect(dataset.units[0]!.products.licences).toEqual([{ number: "XK08-001-04763", product: "燃气灶", expiresOn: "2028-01-01" }]);
    expect(dataset.units[0]!.products.cccCertificates).toEqual([{ number: "2020010801000318", product: "家用燃气灶具", status: "有效" }]);
    const bad = datasetFromTables({ 单位: [unitRow], 证照: [{ 单位编号: "U1", 证照类型: "许可证", 证书编号: "XK08-001-04763", 产品名称: "燃气灶", 证书状态: "有效" }] });
    expect(where(bad.issues)).toEqual(["证照!E2 not_applicable"]); // 证书状态 is the fifth header: E
  });

  it("reads 是/否 and rejects what is neither", () => {
    const t: Tables = { 单位: [{ ...unitRow, 灶管阀: "是", 食品相关产品: "否", 强制性国家标准产品: "也许" }] };
    const { issues } = datasetFromTables(t);
    expect(where(issues)).toEqual(["单位!G2 invalid_boolean"]);
    expect(issues[0]!.message).toContain("是/否");
  });
});

describe("datasetToTables ∘ datasetFromTables", () => {
  it("gives the demo data set back (deep-equal to validate's parse of examples/nanjing-demo.json)", () => {
    const parsed = validate("dataset", demo);
    if (!parsed.ok) throw new Error("the demo is invalid");
    const { dataset, issues, rejectedUnits } = datasetFromTables(datasetToTables(demo as never));
    expect(issues).toEqual([]);
    expect(rejectedUnits).toEqual([]);
    expect(dataset).toEqual(parsed.value);
  });

  it("writes child rows with their unit's id, USCC and name, and dates as UTC-midnight dates", () => {
    const t = datasetToTables(demo as never);
    const header = t["人员"]![0]!;
    expect(header.slice(0, 5)).toEqual(["单位编号", "统一社会信用代码", "单位名称", "人员编号", "姓名"]);
    const first = t["人员"]![1]!;
    expect(first.slice(0, 5)).toEqual(["NJ01", USCC, "南京演示青禾燃具有限公司", "P1", "周明远"]);
    expect(first[header.indexOf("任职日期")]).toEqual(new Date(Date.UTC(2012, 2, 1)));
    expect(first[header.indexOf("岗位")]).toBe("主要负责人");
    expect(t["数据集"]).toEqual([["数据截止日期"], [new Date(Date.UTC(2026, 10, 20))]]);
  });
});
