import { describe, expect, test } from "vitest";
import { z } from "zod";
import { checklistTemplates } from "../checklists";
import type { ValidationIssue } from "../entities";
import { nanjing2023 } from "../policy";
import { validate, validationKinds } from ".";

// The example code of GB 32100-2015 itself; its check character is right.
const USCC = "91350100M000100Y43";

/** A small, valid unit: dates from the plan's own calendar (issued 2023-11-10), a Feb 29. */
function validUnit(): Record<string, unknown> {
  return {
    id: "u1",
    name: "南京某燃气具有限公司",
    uscc: USCC,
    roles: ["producer", "seller"],
    products: { licences: [{ number: "XK08-001-04763", product: "燃气灶" }], gasAppliance: true },
    people: [
      { id: "p1", name: "张三", role: "principal", from: "2023-05-05" },
      { id: "p2", name: "李四", role: "director", from: "2023-05-05" },
      { id: "p3", name: "王五", role: "officer", from: "2023-05-05", to: "2024-02-29" },
    ],
    riskEvents: [{ id: "r1", date: "2024-02-29", severity: "minor", kind: "sampling-failure", closedOn: "2024-03-01" }],
    records: [{ kind: "daily", date: "2024-02-29", byPersonId: "p3", zeroRisk: true }],
    assignments: [{ official: "赵六", from: "2023-11-10", recordedOn: "2023-11-15" }],
  };
}

const HAN = /[\u4e00-\u9fff]/;

function issuesOf(result: ReturnType<typeof validate>): ValidationIssue[] {
  if (result.ok) throw new Error("expected issues, got a value");
  return result.issues;
}

function expectWellFormed(issues: readonly ValidationIssue[]): void {
  for (const issue of issues) {
    expect(Object.keys(issue).sort()).toEqual(["code", "message", "messageEn", "params", "path"]);
    expect(issue.path === "" || issue.path.startsWith("/")).toBe(true);
    for (const key of ["path", "code", "message", "messageEn"] as const) expect(typeof issue[key]).toBe("string");
    expect(issue.params).toBeTypeOf("object");
  }
}

describe("validate — valid documents", () => {
  test("a valid unit parses, with omitted lists and flags filled in", () => {
    const result = validate("unit", validUnit());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.defects).toEqual([]);
    expect(result.value.inspections).toEqual([]);
    expect(result.value.products).toEqual({
      licences: [{ number: "XK08-001-04763", product: "燃气灶" }],
      cccCertificates: [],
      mandatoryStandard: false,
      gasAppliance: true,
      foodContact: false,
      categories: [],
    });
    expect(result.value.trainings).toEqual([]);
    expect(result.value.people[2]?.to).toBe("2024-02-29");
  });

  test("a valid dataset parses", () => {
    const second = { ...validUnit(), id: "u2" };
    const result = validate("dataset", { asOf: "2023-12-31", units: [validUnit(), second] });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.units.map((u) => u.id)).toEqual(["u1", "u2"]);
  });

  test("unknown keys, including __proto__, constructor and prototype, are dropped", () => {
    const input = JSON.parse(
      `{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "prototype": 1, "extra": true, ${JSON.stringify(validUnit()).slice(1)}`,
    ) as unknown;
    const result = validate("unit", input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(result.value, "__proto__")).toBe(false);
    expect(Object.prototype.hasOwnProperty.call(result.value, "constructor")).toBe(false);
    expect("extra" in result.value).toBe(false);
    expect((result.value as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});

describe("validate — issues", () => {
  test("a bad date gets a JSON pointer, our code, and a Chinese and an English message", () => {
    const unit = validUnit();
    (unit["riskEvents"] as Record<string, unknown>[])[0]!["date"] = "2025-02-29"; // 2025 is not a leap year
    const issues = issuesOf(validate("unit", unit));
    expect(issues).toEqual([
      { path: "/riskEvents/0/date", code: "invalid_date", params: { received: "2025-02-29" }, message: expect.stringMatching(HAN), messageEn: expect.stringContaining("2025-02-29") },
    ]);
  });

  test("a wrong USCC check character is reported at /uscc", () => {
    const issues = issuesOf(validate("unit", { ...validUnit(), uscc: "91350100M000100Y44" }));
    expect(issues.map((i) => [i.path, i.code])).toEqual([["/uscc", "uscc_checksum"]]);
  });

  test("zod's own checks are worded in Chinese without any global zod setting", () => {
    // Nothing in this test (or in the library) calls z.config: zod's global locale is its default, English.
    const issues = issuesOf(validate("unit", { ...validUnit(), name: 42 }));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe("/name");
    expect(issues[0]!.code).toBe("invalid_type");
    // What was expected and received is data; the Chinese names the type in Chinese (issue 13:
    // "期望 string" became "应为文本"), never zod's English word.
    expect(issues[0]!.params).toEqual({ expected: "string", received: "number" });
    expect(issues[0]!.message).toContain("应为文本");
    expect(issues[0]!.message).toContain("数字");
    expect(issues[0]!.message).not.toMatch(/string|number/);
    expect(issues[0]!.messageEn).toMatch(/expected a string, received a number/i);
  });

  test("validate leaves z.config() as it found it", () => {
    const before = { ...z.config() };
    issuesOf(validate("unit", { roles: [] }));
    validate("dataset", { units: [validUnit()] });
    const after = z.config();
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const key of Object.keys(before) as (keyof typeof before)[]) expect(after[key]).toBe(before[key]);
  });

  test("a host's own zod configuration does not change our messages", () => {
    const saved = { ...z.config() };
    try {
      z.config({ ...z.locales.fr(), customError: () => "HOST MESSAGE" });
      const issues = issuesOf(validate("unit", { ...validUnit(), name: 42 }));
      expect(issues[0]!.message).toContain("应为文本");
      expect(issues[0]!.messageEn).toMatch(/expected a string, received a number/i);
    } finally {
      z.config({ ...saved, customError: saved.customError });
    }
  });

  test("issues carry exactly path, code, params, message and messageEn — never the input", () => {
    const secret = "SECRET-VALUE-".repeat(100);
    const issues = issuesOf(validate("unit", { id: { secret }, name: [secret], uscc: 1, roles: [secret], size: secret, people: secret }));
    expectWellFormed(issues);
    expect(JSON.stringify(issues)).not.toContain("SECRET");
  });

  test("cross-field rules: an unknown byPersonId and a duplicate person id", () => {
    const unit = validUnit();
    (unit["people"] as unknown[]).push({ id: "p1", name: "重复", role: "officer", from: "2024-01-02" });
    (unit["records"] as unknown[]).push({ kind: "weekly", date: "2024-03-04", byPersonId: "nobody" });
    const issues = issuesOf(validate("unit", unit));
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ["/people/3/id", "duplicate_id"],
      ["/records/1/byPersonId", "unknown_person"],
    ]);
  });

  test("date order: the same day is fine, one day earlier is not — across a year end and Feb 29", () => {
    const unit = (person: object, risk: object, assignments: object[]): unknown => ({
      ...validUnit(),
      people: [{ id: "p1", name: "张三", role: "officer", ...person }],
      records: [],
      riskEvents: [{ id: "r1", severity: "major", kind: "accident", ...risk }],
      assignments,
    });
    const sameDay = unit({ from: "2024-02-29", to: "2024-02-29" }, { date: "2023-12-31", closedOn: "2023-12-31" }, [
      { official: "甲", from: "2023-12-31", recordedOn: "2024-01-05" },
      { official: "乙", from: "2023-12-31", recordedOn: "2024-01-05" },
    ]);
    expect(validate("unit", sameDay).ok).toBe(true);
    const dayBefore = unit({ from: "2024-03-01", to: "2024-02-29" }, { date: "2024-01-01", closedOn: "2023-12-31" }, [
      { official: "甲", from: "2024-01-01", recordedOn: "2024-01-05" },
      { official: "乙", from: "2023-12-31", recordedOn: "2024-01-05" },
    ]);
    // Our issues continue: a problem inside a person does not hide the unit-level rules.
    expect(issuesOf(validate("unit", dayBefore)).map((i) => [i.path, i.code])).toEqual([
      ["/people/0/to", "to_before_from"],
      ["/riskEvents/0/closedOn", "closed_before_found"],
      ["/assignments/1/from", "assignments_order"],
    ]);
  });

  test("an impossible date is reported once, as a date, not also as a date-order error", () => {
    const unit = { ...validUnit(), people: [{ id: "p1", name: "张三", role: "officer", from: "2025-03-01", to: "2025-02-30" }], records: [] };
    expect(issuesOf(validate("unit", unit)).map((i) => [i.path, i.code])).toEqual([["/people/0/to", "invalid_date"]]);
    const assignments = [
      { official: "甲", from: "2024-01-01", recordedOn: "2024-01-05" },
      { official: "乙", from: "2023-13-01", recordedOn: "2024-01-05" },
    ];
    expect(issuesOf(validate("unit", { ...validUnit(), assignments })).map((i) => [i.path, i.code])).toEqual([["/assignments/1/from", "invalid_date"]]);
  });

  test("in a dataset, paths reach into the unit", () => {
    const unit = validUnit();
    (unit["people"] as Record<string, unknown>[])[0]!["role"] = "boss";
    const issues = issuesOf(validate("dataset", { units: [validUnit(), unit] }));
    // The second unit also repeats the first one's id (first wins, issue 14).
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ["/units/1/people/0/role", "invalid_value"],
      ["/units/1/id", "duplicate_id"],
    ]);
    expect(issues[1]!.params).toEqual({ list: "units", received: "u1", path: "/units/0" });
  });
});

describe("validate — checklist responses and policies", () => {
  const response = (answers: Record<string, unknown>): Record<string, unknown> => ({
    templateId: "producer-tasks",
    templateVersion: checklistTemplates["producer-tasks"].version,
    subject: { name: "南京某燃气具有限公司" },
    filledOn: "2024-02-29",
    answers,
  });

  test("a checklist response parses; an unknown item is reported under its own key", () => {
    expect(validate("checklist-response", response({ "1.1": { result: "yes" } })).ok).toBe(true);
    const issues = issuesOf(validate("checklist-response", response({ "1.1": { result: "yes" }, "9.9": { result: "no" } })));
    expect(issues.map((i) => [i.path, i.code])).toEqual([["/answers/9.9", "unknown_item"]]);
    expect(issues[0]!.message).toMatch(HAN);
  });

  test("a user key with / and ~ is escaped in the JSON pointer (RFC 6901)", () => {
    const issues = issuesOf(validate("checklist-response", response({ "a/b~c": { result: "maybe" } })));
    expect(issues.map((i) => [i.path, i.code])).toEqual([["/answers/a~1b~0c/result", "invalid_value"]]);
  });

  test("__proto__ as an answer key pollutes nothing", () => {
    const { answers: _, ...rest } = response({});
    const input = JSON.parse(`{"answers": {"__proto__": {"result": "yes", "polluted": 1}, "1.1": {"result": "yes"}}, ${JSON.stringify(rest).slice(1)}`) as unknown;
    const result = validate("checklist-response", input);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(Object.getPrototypeOf(result.value.answers)).toBe(Object.prototype);
      expect(Object.keys(result.value.answers)).toEqual(["1.1"]);
    }
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  test("the built-in policy, through JSON, is a valid policy; a misspelt key is not", () => {
    const policy = JSON.parse(JSON.stringify(nanjing2023)) as Record<string, unknown>;
    expect(validate("policy", policy).ok).toBe(true);
    const issues = issuesOf(validate("policy", { ...policy, tittle: "x" }));
    expect(issues.map((i) => [i.path, i.code])).toEqual([["", "unrecognized_keys"]]);
    expect(issues[0]!.message).toMatch(HAN);
    expect(issues[0]!.messageEn).toContain("tittle");
  });
});

describe("validate — unknown kinds", () => {
  test.each([["policies"], ["Unit"], [""], ["__proto__"], ["constructor"], ["toString"], ["hasOwnProperty"]])("kind %j", (kind) => {
    const issues = issuesOf(validate(kind as "unit", validUnit()));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: "", code: "unknown_kind" });
    expect(issues[0]!.message).toMatch(HAN);
    for (const k of validationKinds) expect(issues[0]!.messageEn).toContain(k);
  });

  test.each([
    ["undefined", undefined],
    ["null", null],
    ["a number", 42],
    ["a symbol", Symbol("unit")],
    ["an object that says unit", { toString: () => "unit" }],
    ["an object whose toString throws", { toString: (): never => { throw new Error("x"); } }],
  ])("non-string kind: %s", (_name, kind) => {
    expect(issuesOf(validate(kind as unknown as "unit", validUnit()))).toMatchObject([{ path: "", code: "unknown_kind" }]);
  });

  test("a very long unknown kind is cut in the message", () => {
    const issues = issuesOf(validate("x".repeat(1_000_000) as "unit", {}));
    expect(issues[0]!.messageEn.length).toBeLessThan(200);
  });
});

describe("validate — never throws", () => {
  const awkward: [string, unknown][] = [
    ["null", null],
    ["undefined", undefined],
    ["a number", 42],
    ["NaN", Number.NaN],
    ["a string", "unit"],
    ["an array", [validUnit()]],
    ["a boolean", true],
    ["a bigint", 10n],
    ["a function", () => validUnit()],
    ["a Date", new Date(0)],
    ["a Map", new Map([["id", "u1"]])],
    ["a null-prototype object", Object.assign(Object.create(null) as object, validUnit())],
  ];
  for (const kind of validationKinds) {
    test.each(awkward)(`${kind}: %s`, (_name, input) => {
      const result = validate(kind, input);
      if (!result.ok) {
        expectWellFormed(result.issues);
        expect(result.issues.map((i) => i.code)).not.toContain("internal_error");
      }
    });
  }

  test("a null-prototype object with the right fields is accepted as a unit", () => {
    expect(validate("unit", Object.assign(Object.create(null) as object, validUnit())).ok).toBe(true);
  });

  test("10,000-deep nested arrays and objects, at the root and in a field", () => {
    let deepArray: unknown = [];
    let deepObject: unknown = {};
    for (let i = 0; i < 10_000; i++) {
      deepArray = [deepArray];
      deepObject = { people: deepObject, id: deepObject };
    }
    for (const kind of validationKinds) {
      for (const input of [deepArray, deepObject, { ...validUnit(), people: deepArray }, { ...validUnit(), people: [deepObject] }, { units: deepArray }]) {
        const result = validate(kind, input);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expectWellFormed(result.issues);
          expect(result.issues.map((i) => i.code)).not.toContain("internal_error");
        }
      }
    }
  });

  test("10 MB strings: as the input, as an id, a date, a USCC and a name; messages stay short", () => {
    const huge = "9".repeat(10 * 1024 * 1024);
    const inputs: unknown[] = [
      huge,
      { ...validUnit(), id: huge },
      { ...validUnit(), uscc: huge },
      { ...validUnit(), riskEvents: [{ id: "r1", date: huge, severity: "minor", kind: "other" }] },
      { units: [{ ...validUnit(), roles: [huge] }] },
    ];
    for (const input of inputs) {
      for (const kind of validationKinds) {
        const result = validate(kind, input);
        expect(result.ok).toBe(false);
        if (result.ok) continue;
        expectWellFormed(result.issues);
        for (const issue of result.issues) expect(issue.message.length + issue.messageEn.length).toBeLessThan(1000);
      }
    }
    // A long name is allowed (no maximum): it is kept, not reported.
    const named = validate("unit", { ...validUnit(), name: huge });
    expect(named.ok && named.value.name.length).toBe(huge.length);
  });

  test("JSON with __proto__ keys pollutes nothing", () => {
    const json = '{"__proto__": {"polluted": 1}, "id": "u1", "people": [{"__proto__": {"polluted": 2}}], "products": {"__proto__": {"polluted": 3}}}';
    for (const kind of validationKinds) validate(kind, JSON.parse(json));
    validate("dataset", JSON.parse(`{"units": [${json}], "__proto__": {"polluted": 4}}`));
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  test("an unexpected exception inside the parse becomes an internal_error issue", () => {
    // Not a JSON value: an object whose getter throws (the property test shows JSON never gets here).
    const hostile = { ...validUnit() };
    Object.defineProperty(hostile, "name", { enumerable: true, get: () => { throw new Error("getter exploded"); } });
    const issues = issuesOf(validate("unit", hostile));
    expect(issues).toEqual([{ path: "", code: "internal_error", params: { detail: "getter exploded" }, message: expect.stringMatching(HAN), messageEn: expect.stringContaining("getter exploded") }]);
  });

  test("a Proxy that throws on every trap is an internal_error, not a crash", () => {
    const trap = (): never => {
      throw new Error("trap");
    };
    const proxy = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap });
    expect(issuesOf(validate("unit", proxy))).toMatchObject([{ path: "", code: "internal_error" }]);
  });
});

// Issue 15, 7: "`district` is a GB/T 2260 code: validate its form (6 digits); the Nanjing policy
// knows its eleven districts (320102 玄武区, … 320118 高淳区); an unknown code is a warning, not an error".
describe("validate — districts", () => {
  test("a Nanjing district passes with no warning", () => {
    const r = validate("unit", { ...validUnit(), district: "320105" }, { policy: nanjing2023 });
    expect(r).toMatchObject({ ok: true });
    expect(r).not.toHaveProperty("warnings");
  });

  test("a code outside the policy's districts is a warning: still ok, the issue marked severity warning", () => {
    const r = validate("unit", { ...validUnit(), district: "310101" }, { policy: nanjing2023 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.district).toBe("310101");
    expect(r.warnings).toEqual([
      expect.objectContaining({ path: "/district", code: "unknown_district", severity: "warning", params: expect.objectContaining({ received: "310101", policyId: "nanjing2023" }) }),
    ]);
    expect(r.warnings![0]!.message).toContain("310101");
    expect(r.warnings![0]!.params.values).toEqual(["320102", "320104", "320105", "320106", "320111", "320113", "320114", "320115", "320116", "320117", "320118"]);
  });

  test("in a data set, each unit's warning names its path; errors elsewhere keep the warnings beside the issues", () => {
    const bad = { ...validUnit(), id: "u2", district: "999999", name: "" };
    const r = validate("dataset", { units: [{ ...validUnit(), district: "320102" }, bad] }, { policy: nanjing2023 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path)).toEqual(["/units/1/name"]);
    expect(r.warnings?.map((w) => [w.path, w.code])).toEqual([["/units/1/district", "unknown_district"]]);
  });

  test("a code that is not six digits is an error whatever the policy; without a policy nothing is warned", () => {
    for (const district of ["32010", "32O105", "江北新区"]) {
      const r = validate("unit", { ...validUnit(), district });
      expect(issuesOf(r)).toEqual([expect.objectContaining({ path: "/district", code: "invalid_district" })]);
    }
    expect(validate("unit", { ...validUnit(), district: "310101" })).not.toHaveProperty("warnings");
  });
});
