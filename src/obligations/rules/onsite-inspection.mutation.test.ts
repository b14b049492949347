import { describe, expect, it } from "vitest";
import { definePolicy, nanjing2023, type Policy } from "../../policy";
import { _of, _unit } from "../_fixture";
import { obligations } from "../obligations";

// Plan 二（七）: key and special units get at least one on-site inspection within each half-year
// (nanjing2023: minPerHalfYear 1, kind onsite, calendar halves — a reading). A significant (较大)
// risk within two years makes a unit key. Due on the half-year's last day, done on the day the
// minimum was reached.
type InspectionKind = "onsite" | "document" | "sampling";
const risk = { id: "r1", date: "2025-10-10", severity: "significant" as const, kind: "sampling-failure" as const };
const insp = (id: string, date: string, kind: InspectionKind = "onsite") => ({ id, date, kind });
const onsite = (inspections: ReturnType<typeof insp>[], asOf: string, policy: Policy = nanjing2023) =>
  _of(obligations(_unit({ riskEvents: [risk], inspections }), { asOf, policy }), "onsite-inspection");
const current = (inspections: ReturnType<typeof insp>[], asOf: string, policy?: Policy) => onsite(inspections, asOf, policy).at(-1)!;

describe("on-site inspection — past and current half-years", () => {
  it("past half-years are the regulator's too, decided by onsite.inspections", () => {
    const list = onsite([insp("i0", "2025-11-01")], "2026-05-20");
    expect(list.map((o) => [o.subject.period.id, o.owedBy, o.decidedBy, o.status])).toEqual([
      ["2025-H2", "regulator", "onsite.inspections", "met"],
      ["2026-H1", "regulator", "onsite.inspections", "open"],
    ]);
    expect(list[1]!.reasons.map((r) => r.rule)).toContain("onsite.inspections");
  });
});

describe("on-site inspection — the day the minimum was reached", () => {
  it("the earliest counted inspection of the half-year, whatever the list order", () => {
    expect(current([insp("i2", "2026-05-01"), insp("i1", "2026-03-01")], "2026-05-20")).toMatchObject({ status: "met", doneOn: "2026-03-01" });
  });

  it("only on-site inspections of this half-year count, not earlier ones nor other kinds", () => {
    const list = [insp("old", "2025-12-01"), insp("doc", "2026-01-15", "document"), insp("smp", "2026-02-01", "sampling"), insp("i1", "2026-04-01")];
    expect(current(list, "2026-05-20")).toMatchObject({ status: "met", doneOn: "2026-04-01", subject: { period: { id: "2026-H1" } } });
    // Without the on-site one the half-year is still open, whatever else was done.
    const none = current(list.slice(0, 3), "2026-05-20");
    expect(none).toMatchObject({ status: "open", dueOn: "2026-06-30" });
    expect(none).not.toHaveProperty("doneOn");
  });

  it("an inspection on the day asked counts that day; one after it is not known yet", () => {
    expect(current([insp("i1", "2026-05-20")], "2026-05-20")).toMatchObject({ status: "met", doneOn: "2026-05-20" });
    const later = current([insp("i1", "2026-05-21")], "2026-05-20");
    expect(later).toMatchObject({ status: "open" });
    expect(later).not.toHaveProperty("doneOn");
  });

  it("a minimum of two: done on the second; one is not enough", () => {
    const p = definePolicy(nanjing2023, { id: "two-a-half", supervision: { onsiteInspection: { minPerHalfYear: 2 } } });
    expect(current([insp("i2", "2026-04-01"), insp("i1", "2026-03-01")], "2026-05-20", p)).toMatchObject({ status: "met", doneOn: "2026-04-01" });
    const one = current([insp("i1", "2026-03-01")], "2026-05-20", p);
    expect(one).toMatchObject({ status: "open" });
    expect(one).not.toHaveProperty("doneOn");
  });
});

describe("on-site inspection — the rolling half-year has no id", () => {
  it("the six months ending on the day asked, due that day", () => {
    const p = definePolicy(nanjing2023, { id: "rolling", supervision: { onsiteInspection: { halfYear: "rolling" } } });
    const list = onsite([insp("i1", "2026-03-01")], "2026-05-20", p);
    expect(list).toHaveLength(1);
    // 2026-05-20 − 6 months = 2025-11-20, the first day counted (window edge inclusive).
    expect(list[0]).toMatchObject({ owedBy: "regulator", dueOn: "2026-05-20", status: "met", doneOn: "2026-03-01", decidedBy: "onsite.inspections" });
    expect(list[0]!.subject).toStrictEqual({ period: { start: "2025-11-20", end: "2026-05-20" } });
  });

  it("calendar halves carry their id", () => {
    expect(current([], "2026-05-20").subject).toStrictEqual({ period: { id: "2026-H1", start: "2026-01-01", end: "2026-06-30" } });
  });
});
