import { describe, expectTypeOf, it } from "vitest";
import type { IsoDate } from "../dates";
import type { DutyReason, StaffingFinding } from "../duties";
import type { SupervisionReason } from "../supervision";
import type { CalendarCoverageReason, Obligation, ObligationKind, ObligationStatus, OfficialChangeSubject } from ".";

describe("Obligation types", () => {
  it("has the DESIGN fields", () => {
    expectTypeOf<Obligation["kind"]>().toEqualTypeOf<ObligationKind>();
    expectTypeOf<Obligation["status"]>().toEqualTypeOf<ObligationStatus>();
    expectTypeOf<ObligationStatus>().toEqualTypeOf<"met" | "late" | "open" | "overdue" | "unknown">();
    expectTypeOf<Obligation["dueOn"]>().toEqualTypeOf<IsoDate | null>();
    expectTypeOf<Obligation["doneOn"]>().toEqualTypeOf<IsoDate | undefined>();
    expectTypeOf<Obligation["decidedBy"]>().toEqualTypeOf<string>();
    expectTypeOf<Obligation["reasons"]>().toEqualTypeOf<(DutyReason | SupervisionReason | CalendarCoverageReason)[]>();
  });

  it("is a union on kind: each kind has its own subject", () => {
    const o = {} as Obligation;
    if (o.kind === "official-change") expectTypeOf(o.subject).toEqualTypeOf<OfficialChangeSubject>();
    if (o.kind === "recall") expectTypeOf(o.subject.defectId).toEqualTypeOf<string>();
    if (o.kind === "staffing-director") expectTypeOf(o.subject.role).toEqualTypeOf<"officer" | "director">();
    if (o.kind === "daily-record") expectTypeOf(o.subject.period.id).toEqualTypeOf<string>();
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
