import { describe, expect, it } from "vitest";
import { UnitSchema, type Unit, type UnitInput } from "../entities";
import { supervisionFindings } from "./supervision-findings";

function unit(over: Partial<UnitInput> = {}): Unit {
  return UnitSchema.parse({
    id: "k1",
    name: "重点单位",
    uscc: "91350100M000100Y43",
    roles: ["seller"],
    creditRisk: { grade: "C", asOf: "2025-01-01" }, // key (信用风险较高)
    ...over,
  });
}
const codes = (u: Unit, asOf: string) => supervisionFindings(u, { asOf }).map((f) => f.code);

describe("supervisionFindings — responsible official (二（七）)", () => {
  it("a key unit with no responsible official", () => {
    const f = supervisionFindings(unit(), { asOf: "2026-05-20" });
    expect(f.map((x) => x.code)).toEqual(["no-responsible-official"]);
    expect(f[0]!.citation.quote).toBe("将监管责任建档锁定明确到人");
    expect(f[0]!.reasons.map((r) => r.rule)).toEqual(["key.credit", "official.named"]);
  });
  it("an assignment starting after asOf does not count yet", () => {
    const u = unit({ assignments: [{ official: "张三", from: "2026-05-21", recordedOn: "2026-05-21" }] });
    expect(codes(u, "2026-05-20")).toEqual(["no-responsible-official"]);
    expect(codes(u, "2026-05-21")).toEqual([]);
  });
  it("a routine or trigger unit needs none", () => {
    expect(codes(unit({ creditRisk: undefined }), "2026-05-20")).toEqual([]);
  });

  const first = { official: "张三", from: "2025-01-02", recordedOn: "2025-01-02" };
  it("a change recorded on its due day (5th working day) is on time", () => {
    const u = unit({ assignments: [first, { official: "李四", from: "2026-04-30", recordedOn: "2026-05-11" }] });
    expect(codes(u, "2026-06-30")).toEqual([]);
  });
  it("a change recorded the day after is late", () => {
    const u = unit({ assignments: [first, { official: "李四", from: "2026-04-30", recordedOn: "2026-05-12" }] });
    const f = supervisionFindings(u, { asOf: "2026-06-30" });
    expect(f.map((x) => x.code)).toEqual(["official-change-late"]);
    expect(f[0]!.dueOn).toBe("2026-05-11");
    expect(f[0]!.assignment?.official).toBe("李四");
    expect(f[0]!.citation.quote).toBe("监管责任人如有变动，应在5个工作日内更新");
  });
  it("a change not yet recorded: no finding while within 5 working days, overdue after", () => {
    const u = unit({ assignments: [first, { official: "李四", from: "2026-04-30", recordedOn: "2026-06-01" }] });
    expect(codes(u, "2026-05-11")).toEqual([]);
    const f = supervisionFindings(u, { asOf: "2026-05-12" });
    expect(f.map((x) => x.code)).toEqual(["official-change-overdue"]);
    expect(f[0]!.dueOn).toBe("2026-05-11");
  });
  it("the first assignment is not a change", () => {
    const u = unit({ assignments: [{ official: "张三", from: "2026-04-30", recordedOn: "2026-06-01" }] });
    expect(codes(u, "2026-06-30")).toEqual([]);
  });
});

describe("supervisionFindings — recall (经确认产品存在缺陷的，督促生产单位按照国家有关规定进行召回)", () => {
  const producer = (defects: UnitInput["defects"]) => unit({ roles: ["producer"], creditRisk: undefined, defects });
  it("a producer's confirmed defect without a recall, at any level", () => {
    const f = supervisionFindings(producer([{ id: "d1", confirmedOn: "2026-03-01" }]), { asOf: "2026-05-20" });
    expect(f.map((x) => x.code)).toEqual(["recall-not-started"]);
    expect(f[0]!.facts).toEqual(["d1"]);
    expect(f[0]!.citation.quote).toBe("经确认产品存在缺陷的，督促生产单位按照国家有关规定进行召回");
  });
  it("a recall started on or before asOf clears it; one started after asOf does not", () => {
    expect(codes(producer([{ id: "d1", confirmedOn: "2026-03-01", recallStartedOn: "2026-05-20" }]), "2026-05-20")).toEqual([]);
    expect(codes(producer([{ id: "d1", confirmedOn: "2026-03-01", recallStartedOn: "2026-05-21" }]), "2026-05-20")).toEqual(["recall-not-started"]);
  });
  it("a defect confirmed after asOf is not yet a finding", () => {
    expect(codes(producer([{ id: "d1", confirmedOn: "2026-05-21" }]), "2026-05-20")).toEqual([]);
  });
  it("sellers are not made to recall (the plan names 生产单位)", () => {
    expect(codes(unit({ creditRisk: undefined, defects: [{ id: "d1", confirmedOn: "2026-03-01" }] }), "2026-05-20")).toEqual([]);
  });
});

// 附件1 三（五）"质量发展处：负责缺陷产品召回的监督管理工作"; 三（一）"对各区推进“两个规定”落实情况开展督导检查".
describe("supervisionFindings — the department that handles each finding", () => {
  it("recall → 质量发展处; a missing responsible official → 质量监督处 (a reading, said so)", () => {
    const u = unit({ roles: ["producer"], defects: [{ id: "d1", confirmedOn: "2026-03-01" }] });
    const f = supervisionFindings(u, { asOf: "2026-05-20" });
    expect(f.map((x) => [x.code, x.department])).toEqual([
      ["no-responsible-official", "quality-supervision"],
      ["recall-not-started", "quality-development"],
    ]);
    expect(f[1]!.departmentCitation).toEqual({ document: "宁市监质监〔2023〕146号", clause: "附件1 三（五）", quote: "负责缺陷产品召回的监督管理工作" });
    expect(f[0]!.departmentCitation.reading).toBe(true);
  });
});

describe("supervisionFindings — changes whose due date needs an unpublished year (issue 12)", () => {
  const first = { official: "张三", from: "2021-01-04", recordedOn: "2021-01-04" };
  const key = { creditRisk: { grade: "C", asOf: "2021-01-01" } };
  it("a 2022 change recorded 19 days later: unknown, with the missing year", () => {
    const u = unit({ ...key, assignments: [first, { official: "李四", from: "2022-06-01", recordedOn: "2022-06-20" }] });
    const f = supervisionFindings(u, { asOf: "2026-06-30" });
    expect(f.map((x) => [x.code, x.status, x.dueOn])).toEqual([["official-change-unknown", "unknown", null]]);
    expect(f[0]!.calendarGap?.missingYears).toEqual([2022]);
    expect(f[0]!.message).toContain("2022 年放假安排尚未收录");
    expect(f[0]!.department).toBe("quality-supervision");
  });
  it("a change recorded within 5 calendar days is on time whatever the holidays: no finding", () => {
    const u = unit({ ...key, assignments: [first, { official: "李四", from: "2022-06-01", recordedOn: "2022-06-06" }] });
    expect(codes(u, "2026-06-30")).toEqual([]);
  });
  it("a change on 2026-12-28 (Mon): 3 working days left in 2026, so not overdue on 2026-12-31; unknown after", () => {
    const u = unit({ ...key, assignments: [first, { official: "李四", from: "2026-12-28", recordedOn: "2027-02-01" }] });
    expect(codes(u, "2026-12-31")).toEqual([]); // 12-29, 30, 31: 3 of the 5 working days
    const f = supervisionFindings(u, { asOf: "2027-01-15" });
    expect(f.map((x) => [x.code, x.status, x.calendarGap?.missingYears])).toEqual([["official-change-unknown", "unknown", [2027]]]);
    // Recorded on 2026-12-31, within the covered days: in time, no finding.
    const onTime = unit({ ...key, assignments: [first, { official: "李四", from: "2026-12-28", recordedOn: "2026-12-31" }] });
    expect(codes(onTime, "2027-01-15")).toEqual([]);
  });
});
