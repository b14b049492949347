import { describe, expect, it } from "vitest";
import type { UnitInput } from "../entities";
import { _unit } from "./_fixture";
import { staffingFindings } from "./staffing-findings";

const licence = { number: "XK08-001-04763", product: "燃气灶具" };
const principal = { id: "p0", name: "王总", role: "principal" as const, from: "2020-01-01" };
const officer = { id: "p1", name: "李安全员", role: "officer" as const, from: "2023-05-05" };
const director = { id: "p2", name: "张总监", role: "director" as const, from: "2023-05-05", to: "2026-03-31" };

function licensed(people: UnitInput["people"], extra: Partial<UnitInput> = {}) {
  return _unit({ products: { licences: [licence] }, people, ...extra });
}

describe("staffingFindings — vacancies", () => {
  it("a director who left leaves the post vacant from the day after `to`", () => {
    const u = licensed([principal, officer, director]);
    expect(staffingFindings(u, { asOf: "2026-03-31" })).toEqual([]); // last day in post
    const f = staffingFindings(u, { asOf: "2026-04-01" });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ kind: "vacant", role: "director", since: "2026-04-01", lastHolderId: "p2" });
    expect(staffingFindings(u, { asOf: "2026-06-30" })[0]).toMatchObject({ since: "2026-04-01" });
  });

  it("back-to-back holders leave no gap; a gap of one day does", () => {
    const next = { id: "p3", name: "赵总监", role: "director" as const, from: "2026-04-01" };
    expect(staffingFindings(licensed([officer, director, next]), { asOf: "2026-04-01" })).toEqual([]);
    const late = { ...next, from: "2026-04-03" };
    expect(staffingFindings(licensed([officer, director, late]), { asOf: "2026-04-02" })[0]).toMatchObject({ role: "director", since: "2026-04-01" });
    expect(staffingFindings(licensed([officer, director, late]), { asOf: "2026-04-03" })).toEqual([]);
  });

  it("an appointment after asOf is not known yet; overlapping tenures count as one", () => {
    const future = { id: "p3", name: "赵总监", role: "director" as const, from: "2026-05-01" };
    expect(staffingFindings(licensed([officer, director, future]), { asOf: "2026-04-15" })[0]).toMatchObject({ since: "2026-04-01" });
    const overlap = { id: "p4", name: "钱总监", role: "director" as const, from: "2025-01-01", to: "2026-02-15" };
    expect(staffingFindings(licensed([officer, overlap, director]), { asOf: "2026-04-15" })[0]).toMatchObject({ since: "2026-04-01", lastHolderId: "p2" });
  });

  it("a post never filled is vacant with no `since`", () => {
    const f = staffingFindings(licensed([principal]), { asOf: "2026-01-05" });
    expect(f.map((x) => x.role)).toEqual(["officer", "director"]);
    expect(f[0]).not.toHaveProperty("since");
  });

  it("no finding for a post that is not required", () => {
    const small = _unit({ size: "small", products: { mandatoryStandard: true }, people: [officer] });
    expect(staffingFindings(small, { asOf: "2026-01-05" })).toEqual([]);
    expect(staffingFindings(_unit({ people: [] }), { asOf: "2026-01-05" })).toEqual([]); // out of scope
  });
});

describe("staffingFindings — failed assessments (plan 二（三）)", () => {
  const people = [officer, { ...director, to: undefined }];
  it("a person in post whose latest assessment failed must be rectified", () => {
    const u = licensed(people, { assessments: [{ personId: "p1", date: "2026-03-10", passed: false }] });
    const f = staffingFindings(u, { asOf: "2026-03-10" });
    expect(f).toEqual([expect.objectContaining({ kind: "failed-assessment", role: "officer", personId: "p1", assessedOn: "2026-03-10" })]);
    expect(f[0]!.reasons[0]!.facts).toEqual(["p1", "/assessments/0"]);
    expect(staffingFindings(u, { asOf: "2026-03-09" })).toEqual([]); // not yet assessed
  });

  it("a later pass clears it, from the day of the pass", () => {
    const u = licensed(people, {
      assessments: [
        { personId: "p1", date: "2026-03-10", passed: false },
        { personId: "p1", date: "2026-04-01", passed: true },
      ],
    });
    expect(staffingFindings(u, { asOf: "2026-03-31" })).toHaveLength(1);
    expect(staffingFindings(u, { asOf: "2026-04-01" })).toEqual([]);
  });

  it("a person who has left is no longer a finding", () => {
    const u = licensed([officer, director], { assessments: [{ personId: "p2", date: "2026-03-10", passed: false }] });
    const f = staffingFindings(u, { asOf: "2026-04-01" });
    expect(f.map((x) => x.kind)).toEqual(["vacant"]);
  });
});
