import { describe, expect, it } from "vitest";
import { AS_OF_RANGE, buildSupervisionReport, classifyUnit, InvalidDateError, isAsOfDate, mechanismGaps, obligations, prefillChecklist, getChecklistTemplate, supervisionFindings, validate, type Unit } from "../index";

const r = validate("unit", { id: "u", name: "南京某燃气具有限公司", uscc: "91350100M000100Y43", roles: ["producer"], products: { licences: [{ number: "XK08-001-04763", product: "燃气灶" }] }, riskEvents: [{ id: "r", date: "2024-01-01", severity: "major", kind: "other" }], defects: [{ id: "d", confirmedOn: "2024-02-01" }] });
if (!r.ok) throw new Error("fixture");
const unit: Unit = r.value;
const answers = (asOf: string) => [
  () => classifyUnit(unit, { asOf }),
  () => obligations(unit, { asOf }),
  () => supervisionFindings(unit, { asOf }),
  () => mechanismGaps(unit, { from: asOf, to: asOf }),
  () => prefillChecklist(getChecklistTemplate("producer-tasks"), unit, { asOf }),
  () => buildSupervisionReport([unit], { asOf }),
];

describe("one accepted as-of range, shared by the library and the CLI (issue 14)", () => {
  it("is 1000-01-01 to 8999-12-31", () => {
    expect(AS_OF_RANGE).toEqual({ start: "1000-01-01", end: "8999-12-31" });
    expect(Object.isFrozen(AS_OF_RANGE)).toBe(true);
    expect([isAsOfDate("1000-01-01"), isAsOfDate("8999-12-31"), isAsOfDate("0999-12-31"), isAsOfDate("9000-01-01"), isAsOfDate("2026-02-30")]).toEqual([true, true, false, false, false]);
  });

  it("every function answers at both ends of the range, and throws InvalidDateError just outside it", () => {
    for (const asOf of [AS_OF_RANGE.start, AS_OF_RANGE.end, "2026-11-20"]) for (const f of answers(asOf)) expect(f).not.toThrow();
    for (const asOf of ["0999-12-31", "9000-01-01", "0001-01-01", "9999-12-31"]) {
      for (const f of answers(asOf)) {
        expect(f).toThrow(InvalidDateError);
        expect(f).toThrow(/outside the as-of range 1000-01-01 to 8999-12-31/);
      }
    }
  });
});
