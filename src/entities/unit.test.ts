import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { DatasetSchema, PersonSchema, RiskEventSchema, UnitSchema, type IssueParams, type UnitInput } from "./index";
import { _messages } from "./messages";

// GB 32100-2015's own example code (check character 3).
const USCC = "91350100M000100Y43";

/** A minimal valid unit; tests spread their changes over it. */
function unit(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: "u1", name: "南京演示测试有限公司", uscc: USCC, roles: ["producer"], ...extra };
}

const people = [
  { id: "p1", name: "周明", role: "principal", from: "2020-01-01" },
  { id: "p2", name: "陈静", role: "director", from: "2023-06-01" },
  { id: "p3", name: "李磊", role: "officer", from: "2023-06-01", to: "2025-06-30" },
];

/** The issues of a failed parse as { path, code } pairs, our own code from params. */
function issuesOf(schema: z.ZodType, input: unknown): { path: PropertyKey[]; code: string; zh?: string; en: string }[] {
  const r = schema.safeParse(input);
  expect(r.success).toBe(false);
  return r.error!.issues.map((i) => {
    const own = (i as { params?: IssueParams }).params;
    // Our own checks carry code and params; their Chinese text comes from the message table.
    return { path: i.path, code: own?.code ?? i.code, zh: own ? _messages(own.code, own.params).zh : undefined, en: i.message };
  });
}

describe("UnitSchema — defaults", () => {
  it("gives every omitted list an empty array and every product flag false", () => {
    const r = UnitSchema.safeParse(unit());
    expect(r.success).toBe(true);
    expect(r.data).toEqual({
      ...unit(),
      products: { licences: [], cccCertificates: [], mandatoryStandard: false, gasAppliance: false, foodContact: false, categories: [] },
      people: [],
      assessments: [],
      riskEvents: [],
      defects: [],
      assignments: [],
      inspections: [],
      records: [],
      trainings: [],
      dutyDocuments: [],
      vetoProposals: [],
      hazards: [],
    });
  });

  it("fills the omitted lists inside a partly given products object", () => {
    const r = UnitSchema.safeParse(unit({ products: { gasAppliance: true } }));
    expect(r.data?.products).toEqual({ licences: [], cccCertificates: [], mandatoryStandard: false, gasAppliance: true, foodContact: false, categories: [] });
  });

  it("gives every parsed unit lists of its own: a change to one unit's default lists never reaches the next parse", () => {
    const first = UnitSchema.parse(unit());
    first.products.licences.push({ number: "XK08-001-00001", product: "燃气灶具" });
    first.products.categories.push("licence");
    first.people.push({ id: "p9", name: "王五", role: "officer", from: "2024-01-01" });
    const second = UnitSchema.parse(unit({ id: "u2" }));
    expect(second.products).toEqual({ licences: [], cccCertificates: [], mandatoryStandard: false, gasAppliance: false, foodContact: false, categories: [] });
    expect(second.people).toEqual([]);
    expect(second.products.licences).not.toBe(first.products.licences);
  });

  it("keeps optional fields absent rather than inventing them", () => {
    const r = UnitSchema.safeParse(unit());
    expect(r.data).not.toHaveProperty("size");
    expect(r.data).not.toHaveProperty("layer");
    expect(r.data).not.toHaveProperty("creditRisk");
    expect(r.data).not.toHaveProperty("platformEntry");
    expect(r.data).not.toHaveProperty("riskControlList");
  });

  it("accepts a unit with both roles", () => {
    expect(UnitSchema.safeParse(unit({ roles: ["producer", "seller"] })).success).toBe(true);
  });

  it("accepts the typed input form", () => {
    const input: UnitInput = { id: "u1", name: "n", uscc: USCC, roles: ["seller"] };
    expect(UnitSchema.safeParse(input).success).toBe(true);
  });
});

describe("UnitSchema — roles", () => {
  it("requires at least one role", () => {
    expect(issuesOf(UnitSchema, unit({ roles: [] }))).toEqual([expect.objectContaining({ path: ["roles"], code: "too_small" })]);
  });
  it("rejects a role listed twice", () => {
    const issues = issuesOf(UnitSchema, unit({ roles: ["seller", "seller"] }));
    expect(issues).toEqual([expect.objectContaining({ path: ["roles"], code: "duplicate_role", zh: "主体角色“销售单位”重复", en: 'The role "seller" is listed twice' })]);
  });
  it("rejects an unknown role", () => {
    expect(issuesOf(UnitSchema, unit({ roles: ["importer"] }))[0]).toMatchObject({ path: ["roles", 0], code: "invalid_value" });
  });
  it("rejects missing roles", () => {
    const { roles: _omit, ...rest } = unit();
    expect(issuesOf(UnitSchema, rest)[0]).toMatchObject({ path: ["roles"], code: "invalid_type" });
  });
});

describe("UnitSchema — USCC", () => {
  it("rejects a wrong check character with our code and both languages", () => {
    const issues = issuesOf(UnitSchema, unit({ uscc: "91350100M000100Y44" }));
    expect(issues).toEqual([expect.objectContaining({ path: ["uscc"], code: "uscc_checksum" })]);
    expect(issues[0]!.zh).toContain("校验位错误");
    expect(issues[0]!.en).toContain("check character");
  });
  it("rejects lower case", () => {
    expect(issuesOf(UnitSchema, unit({ uscc: "91350100m000100y43" }))[0]).toMatchObject({ path: ["uscc"], code: "uscc_character" });
  });
});

describe("UnitSchema — dates", () => {
  it.each(["2025-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "2026-1-5", "20261105", "2026-11-05T00:00:00Z", " 2026-11-05"])(
    "rejects the impossible or malformed date %j with invalid_date at its path",
    (date) => {
      const issues = issuesOf(UnitSchema, unit({ riskEvents: [{ id: "r1", date, severity: "minor", kind: "other" }] }));
      expect(issues).toEqual([expect.objectContaining({ path: ["riskEvents", 0, "date"], code: "invalid_date" })]);
    },
  );
  it("accepts Feb 29 of a leap year and the last day of a half-year", () => {
    const r = UnitSchema.safeParse(
      unit({
        riskEvents: [{ id: "r1", date: "2024-02-29", severity: "minor", kind: "other" }],
        inspections: [{ id: "i1", date: "2026-06-30", kind: "onsite" }],
      }),
    );
    expect(r.success).toBe(true);
  });
  it("reports the path of a bad date deep in the unit", () => {
    const issues = issuesOf(UnitSchema, unit({ products: { licences: [{ number: "XK08-001-04763", product: "p", expiresOn: "2027-02-29" }] } }));
    expect(issues).toEqual([expect.objectContaining({ path: ["products", "licences", 0, "expiresOn"], code: "invalid_date" })]);
  });
  it("rejects a date that is not a string", () => {
    expect(issuesOf(UnitSchema, unit({ platformEntry: { enteredOn: 20231130 } }))[0]).toMatchObject({ path: ["platformEntry", "enteredOn"], code: "invalid_type" });
  });
});

describe("UnitSchema — people", () => {
  it("rejects a person whose to is before from", () => {
    const issues = issuesOf(UnitSchema, unit({ people: [{ id: "p1", name: "a", role: "director", from: "2026-03-02", to: "2026-03-01" }] }));
    expect(issues).toEqual([expect.objectContaining({ path: ["people", 0, "to"], code: "to_before_from" })]);
    expect(issues[0]!.zh).toBe("离任日期 2026-03-01 早于任职日期 2026-03-02");
  });
  it("accepts to equal to from (one day in post)", () => {
    expect(UnitSchema.safeParse(unit({ people: [{ id: "p1", name: "a", role: "officer", from: "2026-03-02", to: "2026-03-02" }] })).success).toBe(true);
  });
  it("PersonSchema alone checks to ≥ from", () => {
    expect(issuesOf(PersonSchema, { id: "p", name: "a", role: "officer", from: "2024-03-01", to: "2024-02-29" })).toEqual([
      expect.objectContaining({ path: ["to"], code: "to_before_from" }),
    ]);
  });
  it("rejects an unknown role", () => {
    expect(issuesOf(UnitSchema, unit({ people: [{ id: "p1", name: "a", role: "manager", from: "2026-03-02" }] }))[0]).toMatchObject({
      path: ["people", 0, "role"],
      code: "invalid_value",
    });
  });
  it("rejects a duplicate person id at its second place", () => {
    const issues = issuesOf(UnitSchema, unit({ people: [...people, { id: "p2", name: "王芳", role: "officer", from: "2025-07-01" }] }));
    expect(issues).toEqual([expect.objectContaining({ path: ["people", 3, "id"], code: "duplicate_id" })]);
  });
});

describe("UnitSchema — references to people", () => {
  it("rejects a record whose byPersonId is not a person of the unit", () => {
    const issues = issuesOf(
      UnitSchema,
      unit({
        people,
        records: [
          { kind: "daily", date: "2026-11-02", byPersonId: "p3" },
          { kind: "weekly", date: "2026-11-06", byPersonId: "p9" },
        ],
      }),
    );
    expect(issues).toEqual([expect.objectContaining({ path: ["records", 1, "byPersonId"], code: "unknown_person" })]);
    expect(issues[0]!.zh).toBe('记录人"p9"不是本单位人员');
    expect(issues[0]!.en).toBe('"p9" is not a person of this unit');
  });
  it("rejects a record when the unit lists no people", () => {
    expect(issuesOf(UnitSchema, unit({ records: [{ kind: "monthly", date: "2026-11-10", byPersonId: "p1" }] }))).toEqual([
      expect.objectContaining({ path: ["records", 0, "byPersonId"], code: "unknown_person" }),
    ]);
  });
  it("rejects an assessment of an unknown person", () => {
    const issues = issuesOf(UnitSchema, unit({ people, assessments: [{ personId: "P2", date: "2025-05-20", passed: true }] }));
    expect(issues).toEqual([expect.objectContaining({ path: ["assessments", 0, "personId"], code: "unknown_person" })]);
  });
  it("accepts records and assessments by known people, including one who has left", () => {
    const r = UnitSchema.safeParse(
      unit({
        people,
        records: [{ kind: "daily", date: "2025-06-30", byPersonId: "p3", zeroRisk: true }],
        assessments: [
          { personId: "p3", date: "2024-05-20", passed: false, score: 52 },
          { personId: "p3", date: "2024-06-20", passed: true, score: 86 },
        ],
      }),
    );
    expect(r.success).toBe(true);
  });
});

describe("UnitSchema — risk events, defects, inspections", () => {
  it("rejects closedOn before date", () => {
    const issues = issuesOf(UnitSchema, unit({ riskEvents: [{ id: "r1", date: "2026-03-10", severity: "major", kind: "accident", closedOn: "2026-03-09" }] }));
    expect(issues).toEqual([expect.objectContaining({ path: ["riskEvents", 0, "closedOn"], code: "closed_before_found" })]);
  });
  it("accepts closedOn on the day found", () => {
    expect(RiskEventSchema.safeParse({ id: "r1", date: "2026-03-10", severity: "minor", kind: "other", closedOn: "2026-03-10" }).success).toBe(true);
  });
  it("RiskEventSchema alone checks closedOn ≥ date", () => {
    expect(issuesOf(RiskEventSchema, { id: "r1", date: "2024-03-01", severity: "significant", kind: "enforcement", closedOn: "2024-02-29" })).toEqual([
      expect.objectContaining({ path: ["closedOn"], code: "closed_before_found" }),
    ]);
  });
  it("rejects an unknown severity", () => {
    expect(issuesOf(UnitSchema, unit({ riskEvents: [{ id: "r1", date: "2026-03-10", severity: "high", kind: "other" }] }))[0]).toMatchObject({
      path: ["riskEvents", 0, "severity"],
      code: "invalid_value",
    });
  });
  it.each([
    ["riskEvents", [{ id: "r1", date: "2026-01-05", severity: "minor", kind: "other" }, { id: "r1", date: "2026-02-05", severity: "minor", kind: "other" }]],
    ["defects", [{ id: "d1", confirmedOn: "2026-01-05" }, { id: "d1", confirmedOn: "2026-02-05" }]],
    ["inspections", [{ id: "i1", date: "2026-01-05", kind: "onsite" }, { id: "i1", date: "2026-02-05", kind: "document" }]],
  ])("rejects a duplicate id in %s", (list, items) => {
    expect(issuesOf(UnitSchema, unit({ [list]: items }))).toEqual([expect.objectContaining({ path: [list, 1, "id"], code: "duplicate_id" })]);
  });
  it("reports every duplicate after the first", () => {
    const items = ["a", "b", "a", "a"].map((id, i) => ({ id, date: `2026-01-0${i + 1}`, kind: "onsite" }));
    expect(issuesOf(UnitSchema, unit({ inspections: items })).map((i) => i.path)).toEqual([
      ["inspections", 2, "id"],
      ["inspections", 3, "id"],
    ]);
  });
});

describe("UnitSchema — assignments", () => {
  const a = (from: string, recordedOn = from) => ({ official: "赵文博", department: "南京市玄武区市场监督管理局", from, recordedOn });

  it("accepts assignments oldest first, including two on the same day", () => {
    expect(UnitSchema.safeParse(unit({ assignments: [a("2025-01-20"), a("2026-04-30", "2026-05-11"), a("2026-04-30", "2026-05-11")] })).success).toBe(true);
  });
  it("rejects assignments out of order at the first one out of place", () => {
    const issues = issuesOf(UnitSchema, unit({ assignments: [a("2025-01-20"), a("2026-04-30"), a("2026-04-29")] }));
    expect(issues).toEqual([expect.objectContaining({ path: ["assignments", 2, "from"], code: "assignments_order" })]);
    expect(issues[0]!.zh).toContain("最新在最后");
  });
  it("rejects an assignment without an official", () => {
    expect(issuesOf(UnitSchema, unit({ assignments: [{ from: "2025-01-20", recordedOn: "2025-01-20" }] }))[0]).toMatchObject({
      path: ["assignments", 0, "official"],
      code: "invalid_type",
    });
  });
});

describe("UnitSchema — several problems at once", () => {
  it("reports each cross-field problem of an otherwise well-formed unit", () => {
    const issues = issuesOf(
      UnitSchema,
      unit({
        roles: ["producer", "producer"],
        people: [...people, { id: "p1", name: "x", role: "officer", from: "2026-01-01" }],
        records: [{ kind: "daily", date: "2026-11-02", byPersonId: "nobody" }],
        assignments: [
          { official: "a", from: "2026-02-01", recordedOn: "2026-02-01" },
          { official: "b", from: "2026-01-01", recordedOn: "2026-01-01" },
        ],
      }),
    );
    expect(issues.map((i) => i.code).sort()).toEqual(["assignments_order", "duplicate_id", "duplicate_role", "unknown_person"]);
  });
  // zod 4 skips an object's own checks once a field inside it has failed, so the
  // unit-level rules (unknown_person here) are reported after the field is fixed.
  it("always reports the malformed field itself (unit-level checks may wait until it is fixed)", () => {
    const issues = issuesOf(UnitSchema, unit({ people: [{ id: "p1", name: "a", role: "officer", from: "2025-02-30" }], records: [{ kind: "daily", date: "2026-11-02", byPersonId: "x" }] }));
    expect(issues).toContainEqual(expect.objectContaining({ path: ["people", 0, "from"], code: "invalid_date" }));
  });
});

describe("DatasetSchema", () => {
  it("accepts an empty data set and one without asOf", () => {
    expect(DatasetSchema.safeParse({ units: [] }).success).toBe(true);
    expect(DatasetSchema.safeParse({ asOf: "2026-11-20", units: [unit()] }).success).toBe(true);
  });
  it("rejects duplicate unit ids", () => {
    expect(issuesOf(DatasetSchema, { units: [unit(), unit({ name: "other" })] })).toEqual([expect.objectContaining({ path: ["units", 1, "id"], code: "duplicate_id" })]);
  });
  it("rejects an impossible asOf and reports unit issues with the unit's index", () => {
    expect(issuesOf(DatasetSchema, { asOf: "2026-02-29", units: [] })).toEqual([expect.objectContaining({ path: ["asOf"], code: "invalid_date" })]);
    expect(issuesOf(DatasetSchema, { units: [unit(), unit({ id: "u2", roles: [] })] })).toEqual([expect.objectContaining({ path: ["units", 1, "roles"], code: "too_small" })]);
  });
  it.each([null, 42, "x", [], {}])("returns issues, never throws, for %j", (input) => {
    expect(() => DatasetSchema.safeParse(input)).not.toThrow();
    expect(DatasetSchema.safeParse(input).success).toBe(false);
  });
});
