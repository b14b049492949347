import { describe, expect, test } from "vitest";
import { UnitDataError, type ValidationIssue } from "../entities";
import { anhui2023, definePolicy, nanjing2023, type Policy } from "../policy";
import { classifyUnit } from "../supervision";
import { thrown } from "../../test/_thrown";
import { validate, type ValidateOptions } from ".";

// Expected values come from the sources, never from running the code: FACTS.md §2 — SAMR
// classifies enterprises into A (低), B (一般), C (较高), D (高); the Nanjing profile uses
// that class set (the plan 二（七） names only the levels 信用风险高 / 较高).
const SAMR_CLASSES = ["A", "B", "C", "D"] as const;

// The example code of GB 32100-2015 itself; its check character is right.
const USCC = "91350100M000100Y43";

function unit(grade?: string, gradeAsOf = "2026-01-01"): Record<string, unknown> {
  return {
    id: "u1",
    name: "南京某燃气具有限公司",
    uscc: USCC,
    roles: ["producer"],
    ...(grade === undefined ? {} : { creditRisk: { grade, asOf: gradeAsOf } }),
  };
}

function issuesOf(result: ReturnType<typeof validate>): ValidationIssue[] {
  if (result.ok) throw new Error("expected issues, got a value");
  return result.issues;
}

describe("validate(kind, input, { policy }) — the credit class is one of the policy's", () => {
  test("without the option nothing changes: an unknown class passes (the schema cannot know the set)", () => {
    for (const grade of ["d", "良好", "E"]) {
      expect(validate("unit", unit(grade)).ok).toBe(true);
      expect(validate("unit", unit(grade), {}).ok).toBe(true);
      expect(validate("unit", unit(grade), { policy: undefined }).ok).toBe(true);
      expect(validate("dataset", { units: [unit(grade)] }).ok).toBe(true);
    }
  });

  test("every SAMR class passes under nanjing2023, and so does a unit with no credit record", () => {
    for (const grade of SAMR_CLASSES) {
      const r = validate("unit", unit(grade), { policy: nanjing2023 });
      expect(r.ok, grade).toBe(true);
      // The same parsed value as without the policy.
      expect(r).toEqual(validate("unit", unit(grade)));
    }
    expect(validate("unit", unit(), { policy: nanjing2023 }).ok).toBe(true);
  });

  test('"d" and "良好" are located issues unknown_credit_class at /creditRisk/grade listing A, B, C, D', () => {
    for (const grade of ["d", "良好", "a", "A+", "E", " A", "__proto__", "constructor"]) {
      const issues = issuesOf(validate("unit", unit(grade), { policy: nanjing2023 }));
      expect(issues, grade).toHaveLength(1);
      const [issue] = issues;
      expect(Object.keys(issue!).sort()).toEqual(["code", "message", "messageEn", "params", "path"]);
      expect(issue!.params).toEqual({ received: grade, values: SAMR_CLASSES, expected: SAMR_CLASSES.join(" | "), policyId: "nanjing2023" });
      expect(issue!.path).toBe("/creditRisk/grade");
      expect(issue!.code).toBe("unknown_credit_class");
      // Both messages name the value and list every allowed class.
      expect(issue!.message).toContain(JSON.stringify(grade));
      expect(issue!.message).toContain(SAMR_CLASSES.join("、"));
      expect(issue!.message).toMatch(/[\u4e00-\u9fff]/);
      expect(issue!.messageEn).toContain(JSON.stringify(grade));
      expect(issue!.messageEn).toContain(SAMR_CLASSES.join(", "));
      expect(issue!.messageEn).toContain("nanjing2023");
    }
  });

  test("in a data set the path carries the unit's index", () => {
    const units = [unit("A"), { ...unit("B"), id: "u2" }, { ...unit("C"), id: "u3" }, { ...unit("d"), id: "u4" }, { ...unit("良好"), id: "u5" }];
    const issues = issuesOf(validate("dataset", { asOf: "2026-06-30", units }, { policy: nanjing2023 }));
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ["/units/3/creditRisk/grade", "unknown_credit_class"],
      ["/units/4/creditRisk/grade", "unknown_credit_class"],
    ]);
  });

  test("units that fail their schema elsewhere are still checked: one run reports every problem", () => {
    const bad = { ...unit("d"), uscc: "91350100M000100Y44" };
    const issues = issuesOf(validate("unit", bad, { policy: nanjing2023 }));
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ["/uscc", "uscc_checksum"],
      ["/creditRisk/grade", "unknown_credit_class"],
    ]);
    const inSet = issuesOf(validate("dataset", { units: [{ ...unit("x"), roles: [] }, { ...unit("A"), id: "u2", uscc: "" }] }, { policy: nanjing2023 }));
    expect(inSet.filter((i) => i.code === "unknown_credit_class").map((i) => i.path)).toEqual(["/units/0/creditRisk/grade"]);
    // A grade that is not a non-empty string is the schema's issue only.
    for (const grade of ["", 3, null]) {
      const only = issuesOf(validate("unit", { ...unit(), creditRisk: { grade, asOf: "2026-01-01" } }, { policy: nanjing2023 }));
      expect(only.map((i) => i.code)).not.toContain("unknown_credit_class");
      expect(only.map((i) => i.path)).toContain("/creditRisk/grade");
    }
  });

  test("a class dated after any as-of is still checked: classifyUnit reads it from its date on", () => {
    // classifyUnit ignores a class dated after its asOf, but throws for it on any later day;
    // validate has no as-of day, and the data is wrong whatever the day.
    const later = unit("d", "2099-12-31");
    expect(issuesOf(validate("unit", later, { policy: nanjing2023 })).map((i) => i.code)).toEqual(["unknown_credit_class"]);
    const parsed = validate("unit", later);
    if (!parsed.ok) throw new Error("the schema accepts it");
    expect(classifyUnit(parsed.value, { asOf: "2026-06-30" }).level).toBe("trigger");
    expect(thrown(() => classifyUnit(parsed.value, { asOf: "2099-12-31" }))).toBeInstanceOf(UnitDataError);
  });

  test("the policy's own class set decides (definePolicy: a Shandong-style A–E set)", () => {
    const shandong = definePolicy(nanjing2023, {
      id: "shandong-example",
      supervision: { credit: { classes: { A: "low", B: "general", C: "general", D: "higher", E: "high" } } },
    });
    expect(validate("unit", unit("E"), { policy: shandong }).ok).toBe(true);
    expect(issuesOf(validate("unit", unit("E"), { policy: nanjing2023 }))[0]!.code).toBe("unknown_credit_class");
    const [issue] = issuesOf(validate("unit", unit("F"), { policy: shandong }));
    expect(issue!.messageEn).toContain("A, B, C, D, E");
    expect(issue!.messageEn).toContain("shandong-example");
    // anhui2023 keeps the SAMR classes (its profile overrides only the tier rules).
    expect(validate("unit", unit("D"), { policy: anhui2023 }).ok).toBe(true);
  });

  test("a policy that is not deeply frozen is read afresh on every call (no stale cache)", () => {
    const mutable = structuredClone(nanjing2023) as Policy & { supervision: { credit: { classes: Record<string, string> } } };
    expect(validate("unit", unit("E"), { policy: mutable }).ok).toBe(false);
    mutable.supervision.credit.classes["E"] = "high";
    expect(validate("unit", unit("E"), { policy: mutable }).ok).toBe(true);
  });

  test("other kinds ignore the policy", () => {
    expect(validate("policy", nanjing2023, { policy: nanjing2023 }).ok).toBe(true);
    expect(validate("policy", nanjing2023, { policy: { id: "broken" } as unknown as Policy }).ok).toBe(true);
  });
});

describe("validate(kind, input, { policy }) — an invalid policy never throws", () => {
  const broken: [string, unknown][] = [
    ["a policy's name instead of the policy", "nanjing2023"],
    ["a number", 42],
    ["an array", []],
    ["an empty object", {}],
    ["an empty id", { ...nanjing2023, id: "" }],
    ["an empty class set", { ...nanjing2023, supervision: { ...nanjing2023.supervision, credit: { ...nanjing2023.supervision.credit, classes: {} } } }],
  ];
  test.each(broken)("%s gives one invalid_policy issue at the root", (_, policy) => {
    const options = { policy } as unknown as ValidateOptions;
    for (const [kind, input] of [
      ["unit", unit("A")],
      ["dataset", { units: [unit("d")] }],
    ] as const) {
      let result: ReturnType<typeof validate> | undefined;
      expect(() => (result = validate(kind, input, options))).not.toThrow();
      const issues = issuesOf(result!);
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ path: "", code: "invalid_policy" });
      expect(issues[0]!.message).toContain("监管政策");
      expect(issues[0]!.messageEn).toMatch(/polic/i);
    }
  });

  test("the schema's issues are reported beside it", () => {
    const issues = issuesOf(validate("unit", { ...unit("A"), uscc: "x" }, { policy: {} as Policy }));
    expect(issues.map((i) => i.code)).toEqual(["invalid_policy", "uscc_length"]);
  });

  test("the issue says where the policy is wrong", () => {
    const empty = { ...nanjing2023, supervision: { ...nanjing2023.supervision, credit: { ...nanjing2023.supervision.credit, classes: {} } } };
    const [issue] = issuesOf(validate("unit", unit("A"), { policy: empty }));
    expect(issue!.messageEn).toContain("/supervision/credit/classes");
    expect(issue!.message).toContain("/supervision/credit/classes");
  });

  test("options that are not an object, and a null policy, are no policy", () => {
    expect(validate("unit", unit("d"), { policy: null } as unknown as ValidateOptions).ok).toBe(true);
    for (const options of [null, 3, "nanjing2023", true]) {
      expect(validate("unit", unit("d"), options as unknown as ValidateOptions).ok).toBe(true);
    }
  });
});
