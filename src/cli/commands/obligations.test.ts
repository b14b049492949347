import { describe, expect, it } from "vitest";
import { _runQsd } from "../_test-io";
import { bundledDemoPath } from "../demo";

const demo = bundledDemoPath()!;
type Agenda = { unitId: string; asOf: string; obligations: { kind: string; status: string; dueOn: string; doneOn?: string }[] };

describe("qsd obligations", () => {
  it("prints one agenda per unit as JSON lines, filtered by status and kind", async () => {
    const r = await _runQsd(["obligations", demo, "--json", "--kind", "official-change"]);
    expect(r.code).toBe(0);
    const agendas = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as Agenda);
    expect(agendas).toHaveLength(26);
    const of = (id: string) => agendas.find((a) => a.unitId === id)!.obligations;
    // examples/nanjing-demo.md: NJ03's change on 2026-04-30 recorded 2026-05-11, the 5th working day (on time);
    // NJ07's change the same day recorded 2026-05-12 (late, due 2026-05-11); NJ06 across the Spring Festival, due 02-27.
    expect(of("NJ03")).toEqual([expect.objectContaining({ status: "met", dueOn: "2026-05-11", doneOn: "2026-05-11" })]);
    expect(of("NJ07")).toEqual([expect.objectContaining({ status: "late", dueOn: "2026-05-11", doneOn: "2026-05-12" })]);
    expect(of("NJ06")).toEqual([expect.objectContaining({ status: "met", dueOn: "2026-02-27" })]);
    const overdue = await _runQsd(["obligations", demo, "--json", "--status", "overdue", "--kind", "data-entry"]);
    const units = overdue.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as Agenda).filter((a) => a.obligations.length > 0).map((a) => a.unitId);
    expect(units).toEqual(["NJ10", "NJ15", "NJ26"]); // no platform entry at all
  });
  it("prints a table per unit and a summary", async () => {
    const r = await _runQsd(["obligations", demo, "--status", "overdue", "--kind", "recall"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^NJ09 {2}南京演示六和电动车有限公司\n {2}截止日 +状态 +完成日 +事项/);
    expect(r.stdout).toContain("2026-09-15  已逾期");
    expect(r.stdout).toContain("共 26 个主体：已逾期 1");
  });
  it("rejects unknown statuses; answers an as-of date beyond the calendar with unknowns and one warning", async () => {
    expect((await _runQsd(["obligations", demo, "--status", "late,soon"])).code).toBe(2);
    const r = await _runQsd(["obligations", demo, "--as-of", "2027-05-01", "--status", "unknown"]);
    expect(r.code).toBe(0);
    // 2027-05-01 needs the 2027 notice (劳动节): whether it needs a daily record is unknown.
    expect(r.stdout).toContain("无法计算");
    expect(r.stderr.split("\n").filter((l) => l.startsWith("警告"))).toEqual([expect.stringContaining("2027 年放假安排尚未收录")]);
  });
});
