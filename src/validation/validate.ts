import type { ValidationIssue } from "../entities";
import { _toValidationIssues } from "../entities/issues";
import { isValidationKind, validationKinds, validationRegistry, type ValidationKind, type ValidationOutput } from "./registry";

/** A document that passed {@link validate}. */
export interface ValidationSuccess<T> {
  /** Always `true`. */
  ok: true;
  /** The parsed document: a fresh object, defaults filled in, unknown keys dropped. */
  value: T;
}

/** A document that failed {@link validate}. */
export interface ValidationFailure {
  /** Always `false`. */
  ok: false;
  /** Every problem found (at least one), each with a JSON pointer, a code and a Chinese and an English message. */
  issues: ValidationIssue[];
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
 * with a JSON pointer `path`, a stable `code`, a Chinese `message` and an English
 * `messageEn`.
 *
 * It never throws, whatever `input` is (any JSON value, `null`, a 10 MB string, keys such
 * as `__proto__`): a bad value is an issue. An unknown `kind` (reachable from JavaScript
 * or an unchecked cast) gives one issue with code `unknown_kind` at path `""`; an
 * unexpected exception inside the parse (e.g. an input object whose getter throws — never
 * a JSON value) gives one issue with code `internal_error`.
 *
 * Messages: our own checks carry their Chinese text; zod's built-in checks are worded by
 * zod's zh-CN and en locales, called directly — `z.config()` is neither read nor changed,
 * so the host application's zod settings stay its own. Issues hold no copy of the input.
 *
 * The returned value is a fresh object built by the schema: unknown keys (including
 * `__proto__`, `constructor`, `prototype`) are dropped, defaults are filled in.
 *
 * @param kind - One of {@link validationKinds}: `"unit"`, `"dataset"`, ….
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns `{ ok: true, value }` typed per kind, or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const r = validate("unit", JSON.parse(text));
 * if (r.ok) r.value.riskEvents; // RiskEvent[] (defaults filled in)
 * else for (const issue of r.issues) console.log(formatIssue(issue)); // "/uscc: 统一社会信用代码校验位错误…"
 * ```
 * @see DESIGN.md "Entities and validation"; 宁市监质监〔2023〕146号 二（五）（“核实一批录入一批”）
 */
export function validate<K extends ValidationKind>(kind: K, input: unknown): ValidationResult<ValidationOutput<K>> {
  if (!isValidationKind(kind)) return { ok: false, issues: [unknownKindIssue(kind)] };
  try {
    // reportInput lets zod's locale text say what it received ("expected string, received
    // number"); the issues we return are built afresh and never carry that input.
    const result = validationRegistry[kind].schema.safeParse(input, { reportInput: true });
    if (result.success) return { ok: true, value: result.data as ValidationOutput<K> };
    return { ok: false, issues: _toValidationIssues(result.error.issues) };
  } catch (error) {
    return { ok: false, issues: [internalErrorIssue(error)] };
  }
}

function unknownKindIssue(kind: unknown): ValidationIssue {
  const shown = typeof kind === "string" ? JSON.stringify(kind.length > 40 ? `${kind.slice(0, 40)}…` : kind) : `(${typeof kind})`;
  const known = validationKinds.join(", ");
  return {
    path: "",
    code: "unknown_kind",
    message: `未知的校验类型 ${shown}，应为以下之一：${known}`,
    messageEn: `Unknown kind ${shown}; expected one of: ${known}`,
  };
}

function internalErrorIssue(error: unknown): ValidationIssue {
  let detail = "";
  try {
    // Only the error's own message, bounded: never the input itself.
    if (error instanceof Error && typeof error.message === "string") detail = error.message.slice(0, 200);
  } catch {
    // A hostile error object: report without detail.
  }
  return {
    path: "",
    code: "internal_error",
    message: `校验时发生内部错误${detail ? `：${detail}` : ""}`,
    messageEn: `Internal error while validating${detail ? `: ${detail}` : ""}`,
  };
}
