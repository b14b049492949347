import { describe, expect, it } from "vitest";
import { InvalidDateError } from "../dates";
import { UnitDataError, type Unit } from "../entities";
import { dataEntryDeadline, dataEntryDeadlineWithReasons } from "./data-entry";
import { mechanismGaps, mechanismRecordsByPeriod } from "./mechanism-gaps";
import { isInScope, scopeWithReasons } from "./scope";
import { staffingFindings } from "./staffing-findings";
import { staffingRequirements } from "./staffing-requirements";
import { staffingVacancies } from "./staffing-vacancies";
import { unitSize, unitSizeWithReasons } from "./unit-size";
import { _unit } from "./_fixture";

// Every function taking a unit refuses raw input (not what validate("unit", …) returns) with a
// UnitDataError of code unit_not_parsed naming the field (their TSDoc @throws), and an as-of day
// outside AS_OF_RANGE (1000-01-01 to 8999-12-31) with an InvalidDateError.
const raw = { id: "u1", name: "测试单位", uscc: "91350100M000100Y43", roles: ["producer"], products: { licences: [{ number: "XK08-001-04763", product: "燃气灶具" }] } } as unknown as Unit;
const calls: [string, (u: Unit) => unknown][] = [
  ["scopeWithReasons", (u) => scopeWithReasons(u)],
  ["isInScope", (u) => isInScope(u)],
  ["unitSizeWithReasons", (u) => unitSizeWithReasons(u)],
  ["unitSize", (u) => unitSize(u)],
  ["staffingRequirements", (u) => staffingRequirements(u)],
  ["staffingFindings", (u) => staffingFindings(u, { asOf: "2026-01-05" })],
  ["staffingVacancies", (u) => staffingVacancies(u, { asOf: "2026-01-05" })],
  ["mechanismGaps", (u) => mechanismGaps(u, { from: "2026-01-05", to: "2026-01-09" })],
  ["mechanismRecordsByPeriod", (u) => mechanismRecordsByPeriod(u, { from: "2026-01-05", to: "2026-01-09" })],
  ["dataEntryDeadlineWithReasons", (u) => dataEntryDeadlineWithReasons(u)],
  ["dataEntryDeadline", (u) => dataEntryDeadline(u)],
];

describe("the duties functions refuse raw input", () => {
  for (const [name, call] of calls) {
    it(name, () => {
      let caught: unknown;
      try {
        call(raw);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(UnitDataError);
      expect(caught).toMatchObject({ code: "unit_not_parsed" });
      expect(() => call(_unit({ products: { licences: [{ number: "XK08-001-04763", product: "燃气灶具" }] } }))).not.toThrow();
    });
  }
});

describe("an as-of day outside the library's range", () => {
  const u = _unit({ products: { licences: [{ number: "XK08-001-04763", product: "燃气灶具" }] } });
  it("is refused by every function that takes one", () => {
    expect(() => staffingVacancies(u, { asOf: "9000-01-01" })).toThrow(InvalidDateError);
    expect(() => mechanismGaps(u, { from: "0999-12-31", to: "2026-01-01" })).toThrow(InvalidDateError);
    expect(() => mechanismGaps(u, { from: "2026-01-01", to: "9000-01-01" })).toThrow(InvalidDateError);
  });
});
