import { describe, expect, it } from "vitest";
import { en } from "./en";
import { _errorMessages, _isProblemCode, _messages, _problem, _problemCodes, _validationIssue } from "./index";
import type { ProblemCode, ProblemParams } from "./problem";
import { zh } from "./zh";

/**
 * Every code of the `ProblemCode` union, written out: `satisfies Record<ProblemCode, true>`
 * makes a code missing here, or one that is not in the union, a compile error, and the
 * test below makes the tables hold exactly these codes.
 */
const CODES = {
  // zod's own
  invalid_type: true, too_small: true, too_big: true, invalid_value: true, invalid_format: true, not_multiple_of: true,
  unrecognized_keys: true, invalid_key: true, invalid_element: true, invalid_union: true, custom: true,
  // the data model, checklists, policies, validate
  invalid_date: true, duplicate_id: true, duplicate_value: true, duplicate_role: true, to_before_from: true,
  closed_before_found: true, revised_before_adopted: true, decided_before_proposed: true, assignments_order: true,
  published_before_assessed: true, invalid_district: true, unknown_district: true,
  unknown_person: true, unknown_template: true, template_version_mismatch: true, unknown_item: true,
  extra_items_not_allowed: true, invalid_extra_item_id: true, reading_without_note: true, thresholds_order: true,
  empty_class_set: true, unknown_department: true, unknown_duty: true, unsupported_half_year: true,
  unknown_credit_class: true, invalid_policy: true, unknown_kind: true, internal_error: true,
  too_many_issues: true, invalid_character: true,
  // identifiers
  uscc_type: true, uscc_length: true, uscc_character: true, uscc_checksum: true, uscc_authority: true, uscc_region: true, uscc_body_length: true,
  uscc_part_type: true, uscc_part_length: true, uscc_part_character: true, org_code_type: true, org_code_length: true,
  org_code_character: true, org_code_checksum: true, org_code_body_length: true, licence_type: true, licence_format: true,
  licence_province: true, ccc_type: true, ccc_format: true, ccc_year: true,
  // audit records
  record_invalid: true, record_kind_differs: true, record_algorithm_unsupported: true, record_canonicalization_unsupported: true,
  record_policy_unavailable: true, record_policy_id_differs: true, record_policy_version_differs: true,
  record_policy_digest_differs: true, record_template_id_differs: true, record_template_version_differs: true,
  record_template_digest_differs: true, record_input_digest_differs: true, record_decision_differs: true,
  record_decision_not_recomputable: true,
  // JSON texts
  invalid_json: true, json_unexpected_end: true, json_unexpected_character: true, json_trailing_content: true,
  json_expected_colon: true, json_expected_comma: true, json_expected_property_name: true, json_invalid_literal: true,
  json_control_character: true, json_invalid_unicode_escape: true, json_invalid_escape: true, json_unterminated_string: true,
  json_invalid_number: true, json_line_too_long: true,
  // error classes
  calendar_coverage: true, invalid_working_day_count: true, invalid_duties_input: true, template_mismatch: true,
  version_mismatch: true, role_mismatch: true, not_a_unit_checklist: true, unknown_format: true, unsupported_type: true,
  non_finite_number: true, cycle: true, lone_surrogate: true, digest_unavailable: true, policy_mismatch: true,
  decision_mismatch: true, unit_not_parsed: true,
} as const satisfies Record<ProblemCode, true>;
const ALL = Object.keys(CODES) as ProblemCode[];

/** Params with every field a message may read, none of them an English type name. */
const FULL: ProblemParams = {
  expected: "3",
  received: "4",
  min: 1,
  max: 5,
  origin: "array",
  values: ["A", "B"],
  keys: ["x"],
  format: "regex",
  pattern: "/^[a-z]+$/",
  divisor: 2,
  position: 9,
  field: "region",
  list: "people",
  earliest: "2024-01-01",
  latest: "2026-12-31",
  calendarId: "china",
  workingDays: 3,
  path: "/supervision/special/windowYears",
  policyId: "nanjing2023",
  templateId: "producer-tasks",
  unitId: "u1",
  line: 2,
  column: 5,
  more: 1,
  detail: "boom",
  cause: { code: "invalid_date", params: { received: "2025-02-30" } },
};

const HAN = /[\u4e00-\u9fff]/;
/** What a message with a parameter left unfilled, or filled with a non-value, shows. */
const UNFILLED = /\$\{|undefined|NaN|\[object|\{\}/;

describe("the message tables — one per language, keyed by code", () => {
  it("hold exactly the codes of the ProblemCode union, in both languages", () => {
    expect([..._problemCodes()].sort()).toEqual([...ALL].sort());
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it.each(ALL)("%s has Chinese and English text, every parameter filled", (code) => {
    for (const severity of ["error", "warning"] as const) {
      const { zh: textZh, en: textEn } = _messages(code, FULL, severity);
      expect(textZh.length, code).toBeGreaterThan(0);
      expect(textEn.length, code).toBeGreaterThan(0);
      expect(textZh, code).toMatch(HAN);
      for (const text of [textZh, textEn]) expect(text, code).not.toMatch(UNFILLED);
      // The Chinese names no English type (issue 13: "期望 string" became "应为文本").
      expect(textZh, code).not.toMatch(/\b(string|number|boolean|object|array|record|int)\b/);
    }
  });

  it("name every JavaScript type in Chinese, for whatever zod expected and received", () => {
    const types = ["string", "number", "int", "bigint", "boolean", "array", "object", "record", "map", "set", "date", "null", "undefined", "NaN", "Infinity", "-Infinity", "function", "symbol"];
    for (const expected of types) {
      for (const received of types) {
        const text = zh.invalid_type({ expected, received }, "error");
        expect(text, `${expected}/${received}`).toMatch(HAN);
        expect(text, `${expected}/${received}`).not.toMatch(/\b(string|number|int|bigint|boolean|array|object|record|map|set|date|undefined|function|symbol)\b/);
      }
    }
  });

  it("word zod's bounds by what they measure", () => {
    expect(zh.too_small({ origin: "string", min: 1 }, "error")).toBe("不能为空");
    expect(en.too_small({ origin: "string", min: 1 }, "error")).toBe("Must not be empty");
    expect(zh.too_big({ origin: "string", max: 200, received: "201" }, "error")).toBe("长度应至多为 200 个字符（实际为 201 个字符）");
    expect(en.too_big({ origin: "string", max: 200, received: "201" }, "error")).toBe("Must have at most 200 characters (has 201)");
    expect(zh.too_small({ origin: "array", min: 1 }, "error")).toBe("不能为空列表");
    expect(zh.too_small({ origin: "number", min: 0, received: "-1" }, "error")).toBe("应不小于 0（实际为 -1）");
    expect(zh.too_big({ origin: "number", max: 9999, inclusive: false }, "error")).toBe("应小于 9999");
    expect(zh.invalid_value({ values: ["producer", "seller"] }, "error")).toBe('应为以下之一："producer"、"seller"');
    expect(zh.invalid_value({ values: [true] }, "error")).toBe("应为 true");
  });

  it("render a nested cause in the same language", () => {
    const params: ProblemParams = { policyId: "x", path: "/a", received: "-1", cause: { code: "too_small", params: { origin: "number", min: 1 } } };
    expect(_messages("invalid_policy", params)).toEqual({
      zh: '监管政策 "x"无效（/a）：应不小于 1；实际值 -1',
      en: 'Invalid policy "x" at /a: Must be at least 1; got -1',
    });
  });

  it("build problems, located issues and error texts from the same entry", () => {
    const p = _problem("invalid_type", { expected: "string", received: "number" });
    expect(p).toEqual({ code: "invalid_type", params: { expected: "string", received: "number" }, message: "类型错误：应为文本，实际为数字", messageEn: "Expected a string, received a number" });
    expect(_validationIssue("/name", "invalid_type", p.params)).toEqual({ path: "/name", ...p });
    expect(_errorMessages("invalid_type", p.params)).toEqual({ message: `${p.messageEn}.`, messageZh: `${p.message}。` });
    expect(_isProblemCode("invalid_type")).toBe(true);
    expect(_isProblemCode("toString")).toBe(false);
    expect(_isProblemCode(undefined)).toBe(false);
  });
});
