import { describe, expect, it } from "vitest";
import { definePolicy, nanjing2023 } from "../../policy";
import { _boss, _of, _off, _unit } from "../_fixture";
import { obligations } from "../obligations";

// Plan 一（一）: licence and CCC producers enter their data by the end of December 2023; 一（二）:
// everyone in 2024 (read as by 2024-12-31); 二（五）: priority units are entered by the regulator
// ("属地市场监管部门核实一批录入一批"). Decided by the earliest deadline class that applies.
const entry = (over: Parameters<typeof _unit>[0], asOf: string, policy = nanjing2023) => _of(obligations(_unit(over), { asOf, policy }), "data-entry")[0]!;

describe("data entry — the class is the subject and decides", () => {
  it("a licensed producer: 2023-12-31, decided by data-entry.licensed-producer", () => {
    const o = entry({}, "2024-06-01");
    expect(o).toMatchObject({ kind: "data-entry", owedBy: "unit", dueOn: "2023-12-31", status: "met", doneOn: "2023-12-01", decidedBy: "data-entry.licensed-producer" });
    expect(o.subject).toStrictEqual({ class: "licensed-producer" });
    expect(o.reasons[0]!.rule).toBe("data-entry.licensed-producer");
  });

  it("a seller of mandatory-standard products only: general, 2024-12-31, the unit's", () => {
    const o = entry({ roles: ["seller"], products: { mandatoryStandard: true }, people: [_boss, _off], platformEntry: undefined }, "2025-01-01");
    expect(o).toMatchObject({ owedBy: "unit", dueOn: "2024-12-31", status: "overdue", decidedBy: "data-entry.general" });
    expect(o.subject).toStrictEqual({ class: "general" });
  });

  it("the policy's deadline is used", () => {
    const p = definePolicy(nanjing2023, { id: "late-entry", duties: { dataEntry: { licensedProducers: { dueOn: "2024-01-31" }, priority: { dueOn: "2024-01-31" } } } });
    const o = entry({ platformEntry: { enteredOn: "2024-01-20" } }, "2024-06-01", p);
    expect(o).toMatchObject({ dueOn: "2024-01-31", status: "met", doneOn: "2024-01-20" });
  });
});
