import { describeValue } from "../_lib/describe-value";
import type { ValidationIssue, ValidationIssueCode } from "../entities";
import { _validationIssue } from "../entities/messages";
import { _unitDataIssue } from "../entities/unit-data-error";
import { PolicyError, type Policy } from "../policy";
import { _compiledPolicy, type _CompiledPolicy } from "../supervision/compile-policy";
import { _parseBounded, type _Bounds } from "./bounded-parse";
import { isValidationKind, validationKinds, type ValidationKind, type ValidationOutput } from "./registry";

/** A document that passed {@link validate}. */
export interface ValidationSuccess<T> {
  /** Always `true`. */
  ok: true;
  /** The parsed document: a fresh object, defaults filled in, unknown keys dropped. */
  value: T;
  /**
   * Cautions that do not fail validation (present only when there is one), each with
   * `severity: "warning"`: with a policy, a unit's district code the policy does not list
   * (`unknown_district`).
   */
  warnings?: ValidationIssue<ValidationIssueCode>[];
}

/** A document that failed {@link validate}. */
export interface ValidationFailure {
  /** Always `false`. */
  ok: false;
  /**
   * Every problem found (at least one), each with a JSON pointer, a code of
   * {@link ValidationIssueCode}, its params (what was expected and received) and a Chinese
   * and an English message.
   */
  issues: ValidationIssue<ValidationIssueCode>[];
  /** Cautions found besides the issues (present only when there is one), each with `severity: "warning"`; see {@link ValidationSuccess.warnings}. */
  warnings?: ValidationIssue<ValidationIssueCode>[];
}

/**
 * Options of {@link validate}.
 *
 * @see DESIGN.md "Entities and validation"
 */
export interface ValidateOptions {
  /**
   * Also check what this policy decides about the data (kinds `"unit"` and `"dataset"`;
   * other kinds ignore it): each unit's credit-risk class `creditRisk.grade` must be one of
   * the policy's classes (`supervision.credit.classes`), else an issue with code
   * `unknown_credit_class` at `/creditRisk/grade` (in a data set
   * `/units/<i>/creditRisk/grade`); and a unit's district code that the policy's districts
   * (`districts.codes`) do not list is a warning (`unknown_district`, `severity: "warning"`,
   * in `warnings`), never an error. Without a policy (absent, `undefined` or `null`)
   * nothing policy-dependent is checked.
   */
  policy?: Policy;
  /**
   * The most issues returned per record (default 100): a unit, and in a data set each unit
   * and the data set's own fields. Beyond it issues are counted, not built: the record's
   * last issue is then `too_many_issues` at the record's path, with `params.max` and
   * `params.more` (how many more were found). Memory stays bounded by what a record may
   * hold, never by how many problems it has. `Infinity` returns every issue.
   */
  maxIssues?: number;
  /**
   * The most items any list of a unit may hold (default 10,000: 40 years of daily, weekly
   * and monthly records, or 10,000 risk events, inspections, assessments …). A longer list is
   * one issue — `too_big` at the list (`/riskEvents`), `params: { origin: "array", max,
   * received }` — and its items are not checked. Lists longer than 1,000 items are checked
   * item by item first, so only the issues kept are ever built.
   */
  maxListItems?: number;
}

/**
 * The result of {@link validate}: the parsed value, or the issues found. Never thrown.
 *
 * @typeParam T - The parsed value's type.
 * @see DESIGN.md "Entities and validation"
 */
export type ValidationResult<T> = ValidationSuccess<T> | ValidationFailure;

/**
 * Checks a document of the given kind and returns it parsed, or every issue found — each
 * with a JSON pointer `path`, a stable `code` ({@link ValidationIssueCode}), what was
 * expected and received as data (`params`), a Chinese `message` and an English
 * `messageEn`.
 *
 * It never throws, whatever `input` is (any JSON value, `null`, a 10 MB string, keys such
 * as `__proto__`): a bad value is an issue. An unknown `kind` (reachable from JavaScript
 * or an unchecked cast) gives one issue with code `unknown_kind` at path `""`; an
 * unexpected exception inside the parse (e.g. an input object whose getter throws — never
 * a JSON value) gives one issue with code `internal_error`.
 *
 * Messages: every issue's text comes from the library's message tables, one per language,
 * built from its `code` and `params` — zod's own issues included (`invalid_type` with
 * `params: { expected: "string", received: "number" }` reads "类型错误：应为文本，实际为数字"),
 * so the Chinese never names an English type. zod's locales are not used and `z.config()`
 * is neither read nor changed, so the host application's zod settings stay its own.
 * Issues hold no copy of the input beyond a short excerpt of a bad value.
 *
 * The returned value is a fresh object built by the schema: unknown keys (including
 * `__proto__`, `constructor`, `prototype`) are dropped, defaults are filled in.
 *
 * With `options.policy` (kinds `"unit"` and `"dataset"`), it also checks what the policy
 * decides and the schema cannot: each unit's credit-risk class (`creditRisk.grade`) must be
 * in the policy's class set — otherwise an issue with code `unknown_credit_class` at
 * `/creditRisk/grade` (`/units/3/creditRisk/grade` in a data set) whose messages list the
 * allowed classes. The class is checked whatever its date: `classifyUnit` reads it as of
 * every day on or after that date (and throws `UnitDataError` for it), so the data is wrong
 * whatever the as-of day. Units that fail their schema elsewhere are still checked, so
 * one run reports every problem. An invalid policy never throws here: it gives one issue
 * with code `invalid_policy` at path `""` (first), whose messages say what is wrong with
 * the policy. A district code (six digits, GB/T 2260) that the policy's districts do not
 * list is a **warning**: the result stays `ok: true` and carries `warnings`, each with
 * `severity: "warning"` and code `unknown_district` (a policy listing no districts warns of
 * none). Cost: the class set is built once per call (once per deeply frozen policy
 * object, e.g. the built-ins), then O(1) per unit.
 *
 * @param kind - One of {@link validationKinds}: `"unit"`, `"dataset"`, ….
 * @param input - Anything, typically the result of `JSON.parse`.
 * @param options - Optionally `policy`: also check what it decides (see {@link ValidateOptions}).
 * @returns `{ ok: true, value }` typed per kind, or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const r = validate("unit", JSON.parse(text));
 * if (r.ok) r.value.riskEvents; // RiskEvent[] (defaults filled in)
 * else for (const issue of r.issues) console.log(formatIssue(issue)); // "/uscc: 统一社会信用代码校验位错误…"
 *
 * validate("unit", { ...unit, creditRisk: { grade: "d", asOf: "2026-01-01" } }, { policy: nanjing2023 });
 * // { ok: false, issues: [{ path: "/creditRisk/grade", code: "unknown_credit_class", … "应为以下之一：A、B、C、D" }] }
 *
 * validate("unit", { ...unit, district: "310101" }, { policy: nanjing2023 });
 * // { ok: true, value, warnings: [{ path: "/district", code: "unknown_district", severity: "warning", … }] }
 * ```
 * @see DESIGN.md "Entities and validation"; 宁市监质监〔2023〕146号 二（五）（“核实一批录入一批”）、二（七）（信用风险分类）
 */
export function validate<K extends ValidationKind>(kind: K, input: unknown, options?: ValidateOptions): ValidationResult<ValidationOutput<K>> {
  if (!isValidationKind(kind)) return { ok: false, issues: [unknownKindIssue(kind)] };
  try {
    // reportInput lets params say what was received (`received: "number"`); the issues we
    // return are built afresh and never carry that input.
    // Bounded: at most maxIssues issues per record (the rest counted), lists over maxListItems one issue each.
    const result = _parseBounded(kind, input, boundsOf(options));
    const checked: "unit" | "dataset" | undefined = kind === "unit" || kind === "dataset" ? kind : undefined;
    const policy = checked === undefined ? undefined : policyOption(options);
    if (checked === undefined || policy === undefined) {
      if (result.success) return { ok: true, value: result.data as ValidationOutput<K> };
      return { ok: false, issues: result.issues };
    }
    const issues: ValidationIssue<ValidationIssueCode>[] = [];
    const warnings: ValidationIssue<ValidationIssueCode>[] = [];
    let compiled: _CompiledPolicy | undefined;
    try {
      compiled = _compiledPolicy(policy);
    } catch (error) {
      if (!(error instanceof PolicyError)) throw error;
      issues.push(invalidPolicyIssue(error));
    }
    if (!result.success) issues.push(...result.issues);
    // The parsed value when it passed; else the input itself, read defensively.
    if (compiled !== undefined) policyIssues(checked, result.success ? result.data : input, compiled, issues, warnings);
    if (result.success && issues.length === 0) {
      return warnings.length === 0 ? { ok: true, value: result.data as ValidationOutput<K> } : { ok: true, value: result.data as ValidationOutput<K>, warnings };
    }
    return warnings.length === 0 ? { ok: false, issues } : { ok: false, issues, warnings };
  } catch (error) {
    return { ok: false, issues: [internalErrorIssue(error)] };
  }
}

/** The default of {@link ValidateOptions.maxIssues}. */
const MAX_ISSUES = 100;
/** The default of {@link ValidateOptions.maxListItems}. */
const MAX_LIST_ITEMS = 10_000;

/** The bounds without options (one object for every call: nothing changes it). */
const DEFAULT_BOUNDS: _Bounds = Object.freeze({ maxIssues: MAX_ISSUES, maxListItems: MAX_LIST_ITEMS });

/** `maxIssues` and `maxListItems`, whatever `options` is: anything but a whole number ≥ 1 is the default. */
function boundsOf(options: unknown): _Bounds {
  // Stryker disable next-line ConditionalExpression: without it the same defaults are computed below
  if (options === undefined) return DEFAULT_BOUNDS;
  const o = options !== null && typeof options === "object" ? (options as { maxIssues?: unknown; maxListItems?: unknown }) : {};
  return { maxIssues: whole(o.maxIssues, MAX_ISSUES), maxListItems: whole(o.maxListItems, MAX_LIST_ITEMS) };
}

/** `v` when it is a whole number ≥ 1, the largest safe integer for `Infinity`, else `d`. */
function whole(v: unknown, d: number): number {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 1 ? v : v === Number.POSITIVE_INFINITY ? Number.MAX_SAFE_INTEGER : d;
}

/** `options.policy`, whatever `options` is (from JavaScript it may be anything); `null` is no policy. */
function policyOption(options: unknown): Policy | undefined {
  if (options === null || typeof options !== "object") return undefined;
  return (options as { policy?: Policy | null }).policy ?? undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Adds the issues of what the policy decides about a unit or each unit of a data set. */
function policyIssues(
  kind: "unit" | "dataset",
  value: unknown,
  c: _CompiledPolicy,
  out: ValidationIssue<ValidationIssueCode>[],
  warnings: ValidationIssue<ValidationIssueCode>[],
): void {
  if (kind === "unit") {
    unitPolicyIssues(value, "", c, out);
    unitPolicyWarnings(value, "", c, warnings);
    return;
  }
  const units = isObject(value) ? value.units : undefined;
  if (!Array.isArray(units)) return;
  for (let i = 0; i < units.length; i++) {
    unitPolicyIssues(units[i], `/units/${i}`, c, out);
    unitPolicyWarnings(units[i], `/units/${i}`, c, warnings);
  }
}

/**
 * A district code of the right form (six digits) that the policy's districts do not list
 * is a warning, not an error: divisions change, and a unit registered elsewhere may still
 * be supervised here. A policy that lists no districts warns of none.
 */
function unitPolicyWarnings(unit: unknown, prefix: string, c: _CompiledPolicy, out: ValidationIssue<ValidationIssueCode>[]): void {
  if (!isObject(unit)) return;
  const code = unit.district;
  // A code of the wrong form is the schema's error, not a warning.
  if (typeof code !== "string" || !/^\d{6}$/.test(code)) return;
  const codes = c.policy.districts.codes;
  const known = Object.keys(codes);
  if (known.length === 0 || Object.hasOwn(codes, code)) return;
  out.push({ ..._validationIssue(`${prefix}/district`, "unknown_district", { received: code, values: known, policyId: c.ref.id }), severity: "warning" });
}

/** The credit class must be one of the policy's (the only unit value the policy decides that the schema cannot check). */
function unitPolicyIssues(unit: unknown, prefix: string, c: _CompiledPolicy, out: ValidationIssue<ValidationIssueCode>[]): void {
  if (!isObject(unit)) return;
  const credit = unit.creditRisk;
  if (!isObject(credit)) return;
  const grade = credit.grade;
  // A grade that is not a non-empty string is the schema's issue, not the policy's.
  if (typeof grade !== "string" || grade.length === 0 || c.credit.has(grade)) return;
  out.push(_unitDataIssue({ code: "unknown_credit_class", path: `${prefix}/creditRisk/grade`, value: grade, expected: c.creditClasses, policyId: c.ref.id }));
}

function invalidPolicyIssue(error: PolicyError): ValidationIssue<"invalid_policy"> {
  return _validationIssue("", "invalid_policy", error.params);
}

function unknownKindIssue(kind: unknown): ValidationIssue<"unknown_kind"> {
  return _validationIssue("", "unknown_kind", { received: describeValue(kind), values: validationKinds.slice() });
}

function internalErrorIssue(error: unknown): ValidationIssue<"internal_error"> {
  let detail = "";
  try {
    // Only the error's own message, bounded: never the input itself.
    if (error instanceof Error && typeof error.message === "string") detail = error.message.slice(0, 200);
  } catch {
    // A hostile error object: report without detail.
  }
  return _validationIssue("", "internal_error", detail ? { detail } : {});
}
