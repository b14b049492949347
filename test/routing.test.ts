/**
 * Every finding and obligation the library produces has a route of its own in the Nanjing
 * division of duties (附件1 三), so none falls to the default by a mismatched key.
 */
import { describe, expect, it } from "vitest";
import { departmentFor, OBLIGATION_KINDS, staffingFindings, supervisionFindings, UnitSchema } from "../src/index";

const unit = UnitSchema.parse({
  id: "u1",
  name: "南京某灶具厂",
  uscc: "91350100M000100Y43",
  roles: ["producer"],
  products: { licences: [{ number: "XK21-001-00001", product: "燃气灶具" }] },
  people: [
    { id: "p1", name: "甲", role: "officer", from: "2024-01-01" },
    { id: "p2", name: "乙", role: "director", from: "2024-01-01", to: "2026-03-31" },
  ],
  assessments: [{ personId: "p1", date: "2026-03-10", passed: false }],
  riskEvents: [{ id: "r1", date: "2026-01-10", severity: "significant", kind: "sampling-failure" }],
  defects: [{ id: "d1", confirmedOn: "2026-04-01" }],
  assignments: [
    { official: "甲", from: "2026-01-05", recordedOn: "2026-01-05" },
    { official: "乙", from: "2026-04-30", recordedOn: "2026-05-13" },
  ],
});

describe("department routing covers every code the library emits", () => {
  it("staffing findings route by their own kind", () => {
    const kinds = staffingFindings(unit, { asOf: "2026-05-20" }).map((f) => f.kind);
    expect(new Set(kinds)).toEqual(new Set(["vacant", "failed-assessment"]));
    for (const kind of kinds) expect(departmentFor({ findingCode: kind }).matchedBy).toBe("findingCode");
  });
  it("supervision findings route by their code", () => {
    const codes = supervisionFindings(unit, { asOf: "2026-05-20" }).map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(["official-change-late", "recall-not-started"]));
    for (const code of codes) expect(departmentFor({ findingCode: code }).matchedBy).toBe("findingCode");
  });
  it("every obligation kind has a route", () => {
    for (const kind of OBLIGATION_KINDS) expect(departmentFor({ obligationKind: kind }).matchedBy).toBe("obligationKind");
  });
  it("a vacant director goes to 执法协调处 (附件1 三（七）)", () => {
    expect(departmentFor({ findingCode: "vacant" }).name).toBe("执法协调处");
  });
});
