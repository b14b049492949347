/**
 * Every function that takes a policy checks it once (_assertPolicy): anything that is not
 * a policy is a PolicyError naming the policy and the first problem, never a crash; a
 * deep-frozen policy is checked once and remembered, a mutable one every time. The
 * departments' routes must name members and their duties (宁市监质监〔2023〕146号 附件1).
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { thrownAs } from "../../test/_thrown";
import { _assertPolicy } from "./assert-policy";
import { definePolicy, districtName, nanjing2023, PolicyError } from "./index";
import { PolicySchema } from "./policy-schema";

const refused = (value: unknown): PolicyError => thrownAs(PolicyError, () => _assertPolicy(value));
const broken = (edit: (p: Record<string, any>) => void) => {
  const p = structuredClone(nanjing2023) as Record<string, any>;
  edit(p);
  return p;
};

afterEach(() => vi.restoreAllMocks());

describe("_assertPolicy", () => {
  it("anything but an object is a PolicyError without a policy id", () => {
    for (const v of [null, undefined, "nanjing2023", 5]) {
      const e = refused(v);
      expect("policyId" in e.params).toBe(false);
    }
  });

  it("a broken policy names its id, the first problem's path, what was received (the input's type) and the value there", () => {
    const e = refused(broken((p) => (p.version = 5)));
    expect([e.params.policyId, e.params.path, e.value]).toEqual(["nanjing2023", "/version", 5]);
    expect(e.issues[0]).toMatchObject({ path: "/version", code: "invalid_type", params: { expected: "string", received: "number" } });
    expect("policyId" in refused(broken((p) => ((p.id = 7), (p.version = 5)))).params).toBe(false);
  });

  it("a deep-frozen policy is checked once; a mutable copy every time", () => {
    const frozen = definePolicy(nanjing2023, { id: "frozen-once" });
    const spy = vi.spyOn(PolicySchema, "safeParse");
    _assertPolicy(frozen);
    _assertPolicy(frozen);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockClear();
    const copy = structuredClone(nanjing2023);
    expect(_assertPolicy(copy)).toBe(copy);
    _assertPolicy(copy);
    expect(spy).toHaveBeenCalledTimes(2);
  });
});

describe("the departments' routes name members and duties", () => {
  it("a default route to an unknown department, or to a duty the department does not have", () => {
    expect(refused(broken((p) => (p.departments.default = { department: "nope", duty: "coordination" }))).issues.map((i) => [i.path, i.code, i.params])).toEqual([
      ["/departments/default/department", "unknown_department", { received: "nope" }],
    ]);
    expect(refused(broken((p) => (p.departments.default = { department: "quality-supervision", duty: "nope" }))).issues.map((i) => [i.path, i.code, i.params])).toEqual([
      ["/departments/default/duty", "unknown_duty", { received: "nope", list: "quality-supervision" }],
    ]);
  });

  it("a route of a table, and a route's also-list, are checked too", () => {
    const table = broken((p) => (p.departments.routes.obligationKind.recall = { department: "nope", duty: "x" }));
    expect(refused(table).issues.map((i) => [i.path, i.code])).toEqual([["/departments/routes/obligationKind/recall/department", "unknown_department"]]);
    const also = broken((p) => (p.departments.default = { ...p.departments.default, also: [{ department: "nope", duty: "x" }] }));
    expect(refused(also).issues.map((i) => [i.path, i.code])).toEqual([["/departments/default/also/0/department", "unknown_department"]]);
  });

  it("a department listing one duty id twice", () => {
    const p = broken((q) => {
      const duties = q.departments.members["quality-supervision"].duties;
      duties.push(structuredClone(duties[0]));
    });
    const n = p.departments.members["quality-supervision"].duties.length - 1;
    const issue = refused(p).issues[0]!;
    expect([issue.path, issue.code, issue.params]).toEqual([`/departments/members/quality-supervision/duties/${n}/id`, "duplicate_value", { received: p.departments.members["quality-supervision"].duties[0].id, list: "quality-supervision" }]);
  });
});

describe("size thresholds and district names", () => {
  // 统计上大中小微型企业划分办法（2017）: industry large ≥ 1000 staff, medium ≥ 300, small ≥ 20.
  it("thresholds may be equal from small to large, never decreasing", () => {
    expect(() => _assertPolicy(broken((p) => (p.duties.unitSize.thresholds.producer.medium.staff = 1000)))).not.toThrow();
    expect(() => _assertPolicy(broken((p) => (p.duties.unitSize.thresholds.producer.small.staff = 300)))).not.toThrow();
    const e = refused(broken((p) => (p.duties.unitSize.thresholds.producer.small.staff = 301)));
    expect(e.issues.map((i) => [i.path, i.code, i.params])).toEqual([["/duties/unitSize/thresholds/producer/staff", "thresholds_order", { field: "staff" }]]);
    const r = refused(broken((p) => (p.duties.unitSize.thresholds.retail.large.revenueWan = 1)));
    expect(r.issues.map((i) => [i.path, i.code])).toEqual([["/duties/unitSize/thresholds/retail/revenueWan", "thresholds_order"]]);
  });

  it("districtName: the policy's name of a GB/T 2260 code, or nothing", () => {
    expect(districtName("320105")).toEqual({ code: "320105", name: "建邺区", nameEn: nanjing2023.districts.codes["320105"]!.nameEn });
    expect(districtName("999999")).toBeUndefined();
    expect(districtName("toString")).toBeUndefined();
    expect(districtName("320105", { policy: definePolicy(nanjing2023, { id: "other" }) })?.name).toBe("建邺区");
  });

  it("a PolicyError keeps its own frozen copy of the issues, and names the path and cause of the first", () => {
    const e = refused(broken((p) => (p.version = 5)));
    expect(Object.isFrozen(e.issues)).toBe(true);
    expect(e.params.cause).toEqual({ code: "invalid_type", params: { expected: "string", received: "number" } });
    const none = new PolicyError([], 1);
    expect(["path" in none.params, "cause" in none.params, "policyId" in none.params]).toEqual([false, false, false]);
    const list = [e.issues[0]!];
    new PolicyError(list, 1);
    expect(Object.isFrozen(list)).toBe(false);
  });
});
