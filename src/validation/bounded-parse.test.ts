import { describe, expect, test } from "vitest";
import { UnitSchema, type ValidationIssue } from "../entities";
import { validate } from ".";

// The example code of GB 32100-2015 itself; its check character is right.
const USCC = "91350100M000100Y43";

function unit(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "u1",
    name: "南京某燃气具有限公司",
    uscc: USCC,
    roles: ["producer"],
    people: [{ id: "p1", name: "张三", role: "officer", from: "2023-05-05" }],
    ...extra,
  };
}

function issuesOf(result: ReturnType<typeof validate>): ValidationIssue[] {
  if (result.ok) throw new Error("expected issues, got a value");
  return result.issues;
}

describe("validate — bounded issues per record (issue 14)", () => {
  test("300,000 empty risk events are one located issue: the list is over the limit and is not checked item by item", () => {
    const started = performance.now();
    const issues = issuesOf(validate("unit", unit({ riskEvents: Array.from({ length: 300_000 }, () => ({})) })));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: "/riskEvents", code: "too_big", params: { origin: "array", max: 10_000, received: "300000" } });
    expect(issues[0]!.message).toBe("应至多有 10000 项（实际为 300000 项）");
    expect(performance.now() - started).toBeLessThan(2000);
  });

  test("5,000 empty risk events: 100 issues kept, the rest counted in a last too_many_issues", () => {
    // Each empty event lacks its four required fields: id, date, severity, kind.
    const issues = issuesOf(validate("unit", unit({ riskEvents: Array.from({ length: 5_000 }, () => ({})) })));
    expect(issues).toHaveLength(101);
    expect(issues.slice(0, 4).map((i) => i.path)).toEqual(["/riskEvents/0/id", "/riskEvents/0/date", "/riskEvents/0/severity", "/riskEvents/0/kind"]);
    expect(issues[100]).toMatchObject({ path: "", code: "too_many_issues", params: { max: 100, more: 5_000 * 4 - 100 } });
    expect(issues[100]!.message).toBe("另有 19900 个问题未列出（每条记录最多列出 100 个）");
    expect(issues[100]!.messageEn).toBe("19900 more issues not listed (at most 100 per record)");
  });

  test("maxIssues and maxListItems are parameters; Infinity returns every issue", () => {
    const events = Array.from({ length: 30 }, () => ({}));
    expect(issuesOf(validate("unit", unit({ riskEvents: events }), { maxIssues: 5 }))).toHaveLength(6);
    expect(issuesOf(validate("unit", unit({ riskEvents: events }), { maxIssues: Infinity }))).toHaveLength(120);
    expect(issuesOf(validate("unit", unit({ riskEvents: events }), { maxListItems: 10 }))[0]).toMatchObject({ path: "/riskEvents", code: "too_big", params: { max: 10, received: "30" } });
    // Nested lists too (products.licences), and roles.
    const many = Array.from({ length: 11 }, (_, i) => ({ number: `XK08-001-0000${i}`, product: "燃气灶" }));
    expect(issuesOf(validate("unit", unit({ products: { licences: many } }), { maxListItems: 10 }))[0]!.path).toBe("/products/licences");
    // Not a whole number ≥ 1: the default, 100 (and the count of the other 20).
    expect(issuesOf(validate("unit", unit({ riskEvents: events }), { maxIssues: -3 })).at(-1)).toMatchObject({ code: "too_many_issues", params: { max: 100, more: 20 } });
  });

  test("a long valid list (item by item first) parses exactly as the schema parses it", () => {
    const records = Array.from({ length: 2_500 }, (_, i) => ({ kind: "daily", date: `2025-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`, byPersonId: "p1" }));
    const r = validate("unit", unit({ records }));
    expect(r.ok).toBe(true);
    expect(r.ok && r.value).toEqual(UnitSchema.parse(unit({ records })));
  });

  test("a long list with one bad item: that item's issue, and the cross-field rules of the other lists still run", () => {
    const records = Array.from({ length: 1_500 }, () => ({ kind: "daily", date: "2025-01-02", byPersonId: "p1" }));
    records[700] = { kind: "daily", date: "2025-02-30", byPersonId: "p1" };
    const issues = issuesOf(validate("unit", unit({ records, assessments: [{ personId: "nobody", date: "2025-01-02", passed: true }] })));
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ["/records/700/date", "invalid_date"],
      ["/assessments/0/personId", "unknown_person"],
    ]);
  });

  test("a data set: at most maxIssues per unit, and a repeated unit id names the first", () => {
    const bad = unit({ id: "u2", riskEvents: Array.from({ length: 50 }, () => ({})) });
    const issues = issuesOf(validate("dataset", { units: [unit(), bad, unit()] }, { maxIssues: 10 }));
    expect(issues.filter((i) => i.path.startsWith("/units/1/")).length).toBe(10);
    expect(issues.find((i) => i.code === "too_many_issues")).toMatchObject({ path: "/units/1", params: { max: 10, more: 190 } });
    const dup = issues.find((i) => i.code === "duplicate_id")!;
    expect(dup).toMatchObject({ path: "/units/2/id", params: { list: "units", received: "u1", path: "/units/0" } });
    expect(dup.message).toBe('units 中的标识"u1"重复（首次出现于 /units/0）');
    expect(dup.messageEn).toBe('Duplicate id "u1" in units (first at /units/0)');
  });
});

describe("validate — text hygiene of ids and names (issue 14)", () => {
  test("a lone surrogate in a name is a located issue (it has no UTF-8 form: a decision record could not be made)", () => {
    const issues = issuesOf(validate("unit", unit({ name: "南京\ud800公司" })));
    expect(issues).toEqual([
      expect.objectContaining({ path: "/name", code: "invalid_character", params: { received: "U+D800", position: 3, format: "lone_surrogate" } }),
    ]);
    expect(issues[0]!.message).toBe("第 3 个字符 U+D800 是不成对的 UTF-16 代理项，不能用于标识或名称");
  });

  test("private-use and unassigned code points in ids and names; a lone surrogate anywhere", () => {
    const r = validate(
      "unit",
      unit({
        id: "u\ue000",
        people: [{ id: "p1", name: "张\u{10fffd}", role: "officer", from: "2023-05-05" }],
        riskEvents: [{ id: "r\u0378", date: "2025-01-02", severity: "minor", kind: "other", description: "备注\udc00" }],
        records: [{ kind: "daily", date: "2025-01-02", byPersonId: "p1", findings: "私用区字符\ue000可以出现在说明里" }],
      }),
    );
    expect(issuesOf(r).map((i) => [i.path, i.params.format, i.params.received])).toEqual([
      ["/id", "private_use", "U+E000"],
      ["/people/0/name", "private_use", "U+10FFFD"],
      ["/riskEvents/0/id", "unassigned", "U+0378"],
      ["/riskEvents/0/description", "lone_surrogate", "U+DC00"],
    ]);
  });

  test("ordinary text passes: CJK, emoji (surrogate pairs), combining marks", () => {
    expect(validate("unit", unit({ name: "南京😀電器 Café\u0301 有限公司" })).ok).toBe(true);
  });
});
