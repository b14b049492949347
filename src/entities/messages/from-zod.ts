/**
 * zod issues → {@link ValidationIssue}s: zod's own codes keep their code, and what zod
 * knows (expected type, bounds, allowed values, unknown keys) becomes `params`; our own
 * checks carry their code and params in the custom issue's `params`. The text comes from
 * our tables, never from zod's locales, so the Chinese never says "string" or "number"
 * and the host's `z.config()` is neither read nor changed.
 * @internal
 */
import type { z } from "zod";
import { toJsonPointer } from "../../_lib/json-pointer";
import type { IssueParams } from "../primitives";
import { _isProblemCode, _short, _validationIssue } from "./index";
import type { ProblemCause, ProblemParams, ValidationIssue, ValidationIssueCode, ZodIssueCode } from "./problem";

function isOwn(params: unknown): params is IssueParams {
  return (
    params !== null &&
    typeof params === "object" &&
    typeof (params as { code?: unknown }).code === "string" &&
    (params as { params?: unknown }).params !== null &&
    typeof (params as { params?: unknown }).params === "object"
  );
}

/** The JavaScript type of a value as `params.received` names it (zod's names: `"array"`, `"null"`, `"NaN"`, …). */
function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : Number.isFinite(value) ? "number" : value > 0 ? "Infinity" : "-Infinity";
  if (value instanceof Date) return "date";
  return typeof value;
}

/** The size zod compared with a bound: a string's length, a list's or set's items, else the value. */
function sizeOf(value: unknown): string | undefined {
  if (typeof value === "string" || Array.isArray(value)) return String(value.length);
  if (value instanceof Set || value instanceof Map) return String(value.size);
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  return undefined;
}

/** An allowed value of an enumeration or literal as `params.values` holds it. */
function plainValue(v: unknown): string | number | boolean | null {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v === null ? v : String(v);
}

/** Whether zod reported the input (`reportInput: true`): the key is there even when the input is `undefined`. */
function hasInput(issue: object): issue is { input: unknown } {
  return "input" in issue;
}

/** The code and params of one zod issue (the path aside). */
function codeAndParams(issue: z.core.$ZodIssue): { code: ValidationIssueCode; params: ProblemParams } {
  switch (issue.code) {
    case "invalid_type": {
      const params: ProblemParams = { expected: issue.expected };
      // zod names NaN and ±Infinity itself (`received: "NaN"`), and drops the input then.
      const received = (issue as { received?: unknown }).received;
      if (typeof received === "string") params.received = received;
      else if (hasInput(issue)) params.received = typeName(issue.input);
      return { code: "invalid_type", params };
    }
    case "too_small":
    case "too_big": {
      const n = Number(issue.code === "too_small" ? issue.minimum : issue.maximum);
      const params: ProblemParams = { origin: issue.origin, expected: `${issue.code === "too_small" ? ">" : "<"}${issue.inclusive === false ? "" : "="}${n}` };
      if (issue.code === "too_small") params.min = n;
      else params.max = n;
      if (issue.inclusive === false) params.inclusive = false;
      const size = hasInput(issue) ? sizeOf(issue.input) : undefined;
      if (size !== undefined) params.received = size;
      return { code: issue.code, params };
    }
    case "invalid_value": {
      const values = issue.values.map(plainValue);
      // No `received`: the value is not among the allowed ones, and issues hold no copy of the input.
      return { code: "invalid_value", params: { values, expected: values.map((v) => (typeof v === "string" ? JSON.stringify(v) : String(v))).join(" | ") } };
    }
    case "invalid_format": {
      const params: ProblemParams = { format: issue.format, expected: issue.format };
      if (issue.pattern !== undefined) params.pattern = String(issue.pattern);
      return { code: "invalid_format", params };
    }
    case "not_multiple_of":
      return { code: "not_multiple_of", params: { divisor: Number(issue.divisor) } };
    case "unrecognized_keys":
      return { code: "unrecognized_keys", params: { keys: issue.keys.map(_short) } };
    case "invalid_key":
    case "invalid_element": {
      const params: ProblemParams = { origin: issue.origin };
      const key = issue.code === "invalid_element" ? issue.key : hasInput(issue) ? issue.input : undefined;
      if (key !== undefined) params.received = _short(String(key));
      const inner = issue.issues[0];
      if (inner !== undefined) params.cause = codeAndParams(inner) satisfies ProblemCause;
      return { code: issue.code, params };
    }
    case "custom": {
      const own = (issue as { params?: unknown }).params;
      if (isOwn(own)) return { code: own.code, params: own.params };
      return { code: "custom", params: { detail: issue.message.slice(0, 200) } };
    }
    default:
      // A code a later zod adds (not in our tables) is reported as zod's `custom`, with its text.
      if (!_isProblemCode(issue.code)) return { code: "custom", params: { detail: String((issue as { message?: unknown }).message).slice(0, 200) } };
      return { code: issue.code satisfies ZodIssueCode, params: {} };
  }
}

/**
 * Converts zod issues into {@link ValidationIssue}s, each with its params and its text
 * from the message tables.
 *
 * @param issues - `error.issues` of a failed `safeParse` (with `reportInput: true`, the
 *   params also say what was received; the issues returned never hold the input).
 * @param prefix - Keys to put before every path (e.g. a record's index in a batch).
 * @internal
 */
export function _fromZodIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): ValidationIssue<ValidationIssueCode>[] {
  const out: ValidationIssue<ValidationIssueCode>[] = [];
  for (const issue of issues) {
    if (issue.code === "invalid_union" && issue.errors.length > 0 && issue.errors.every((e) => e.length > 0)) {
      // Report the branch closest to matching (the one with the fewest issues).
      const best = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
      out.push(..._fromZodIssues(best, [...prefix, ...issue.path]));
      continue;
    }
    const { code, params } = codeAndParams(issue);
    out.push(_validationIssue(toJsonPointer([...prefix, ...issue.path]), code, params));
  }
  return out;
}
