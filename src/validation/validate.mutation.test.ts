/**
 * validate's options and edges: the issue bound (a whole number ≥ 1, else the default), a
 * district code that is not six digits is the schema's error and never also a policy
 * warning, the published JSON Schema (schemas/unit.schema.json) is the one built here, and
 * formatIssue speaks Chinese unless asked otherwise.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nanjing2023 } from "../policy";
import { formatIssue, validate, validationJsonSchema, validationSchemaId } from ".";

// GB 32100-2015's example code (check character 3).
const unit = { id: "u1", name: "南京某燃气具有限公司", uscc: "91350100M000100Y43", roles: ["producer"] };
// Three bad dates: three issues.
const bad = { ...unit, riskEvents: [1, 2, 3].map((i) => ({ id: `r${i}`, date: "2025-02-30", severity: "minor", kind: "other" })) };

describe("validate: options and edges", () => {
  it("maxIssues 1 keeps one issue and counts the rest; 0, a fraction or a string mean the default", () => {
    const one = validate("unit", bad, { maxIssues: 1 });
    expect(one.ok === false && one.issues.map((i) => i.code)).toEqual(["invalid_date", "too_many_issues"]);
    for (const maxIssues of [0, 1.5, "1" as never]) {
      const r = validate("unit", bad, { maxIssues });
      expect(r.ok === false && r.issues.map((i) => i.code)).toEqual(["invalid_date", "invalid_date", "invalid_date"]);
    }
  });

  it("a district code that is not six digits is an error, and not also a warning, with a policy", () => {
    for (const district of ["1320105", "320105x", "32010"]) {
      const r = validate("unit", { ...unit, district }, { policy: nanjing2023 });
      expect(r.ok).toBe(false);
      expect(r.warnings).toBeUndefined();
    }
    // 320199 is six digits but no Nanjing district (GB/T 2260): a warning, the unit valid.
    const w = validate("unit", { ...unit, district: "320199" }, { policy: nanjing2023 });
    expect([w.ok, w.warnings?.map((i) => i.code)]).toEqual([true, ["unknown_district"]]);
  });

  it("the published unit schema is the one built from UnitSchema", () => {
    const published = JSON.parse(readFileSync(new URL("../../schemas/unit.schema.json", import.meta.url), "utf8")) as Record<string, unknown>;
    expect(validationSchemaId("unit")).toBe("urn:quality-safety-duty:schema:unit");
    expect(validationJsonSchema("unit")).toEqual(published);
    expect(published.$id).toBe("urn:quality-safety-duty:schema:unit");
  });

  it("formatIssue is Chinese unless asked for English", () => {
    const r = validate("unit", { ...unit, uscc: "91350100M000100Y44" });
    const issue = r.ok ? undefined : r.issues[0]!;
    expect(formatIssue(issue!)).toBe(`${issue!.path}: ${issue!.message}`);
    expect(formatIssue(issue!, { lang: "en" })).toBe(`${issue!.path}: ${issue!.messageEn}`);
  });
});
