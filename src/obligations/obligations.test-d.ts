import { describe, expectTypeOf, it } from "vitest";
import type { IsoDate } from "../dates";
import type { DutyReason, StaffingFinding } from "../duties";
import type { SupervisionReason } from "../supervision";
import type { Obligation, ObligationKind, ObligationStatus } from ".";

describe("Obligation types", () => {
  it("has the DESIGN fields", () => {
    expectTypeOf<Obligation["kind"]>().toEqualTypeOf<ObligationKind>();
    expectTypeOf<Obligation["status"]>().toEqualTypeOf<ObligationStatus>();
    expectTypeOf<ObligationStatus>().toEqualTypeOf<"met" | "late" | "open" | "overdue">();
    expectTypeOf<Obligation["dueOn"]>().toEqualTypeOf<IsoDate>();
    expectTypeOf<Obligation["doneOn"]>().toEqualTypeOf<IsoDate | undefined>();
    expectTypeOf<Obligation["reasons"]>().toEqualTypeOf<(DutyReason | SupervisionReason)[]>();
  });

  it("reasons of both modules share rule, facts, citation and messages", () => {
    type R = Obligation["reasons"][number];
    expectTypeOf<R["rule"]>().toEqualTypeOf<string>();
    expectTypeOf<R["message"]>().toEqualTypeOf<string>();
    expectTypeOf<R["citation"]["quote"]>().toEqualTypeOf<string>();
  });

  it("staffing findings narrow on kind", () => {
    const f = {} as StaffingFinding;
    if (f.kind === "failed-assessment") expectTypeOf(f.personId).toEqualTypeOf<string>();
    else expectTypeOf(f.since).toEqualTypeOf<IsoDate | undefined>();
  });
});
