/**
 * The library's messages: one table per language (`zh.ts`, `en.ts`) keyed by
 * {@link ProblemCode} and built from the problem's {@link ProblemParams}. Every issue,
 * mismatch, JSON syntax problem and error class gets its text here; a call site passes a
 * code and params, never its own text.
 */
import { en } from "./en";
import type { Problem, ProblemCode, ProblemParams, ValidationIssue } from "./problem";
import type { _Severity } from "./table";
import { zh } from "./zh";

export type {
  Problem,
  ProblemCode,
  ProblemParams,
  ProblemCause,
  ValidationIssue,
  ValidationIssueCode,
  ZodIssueCode,
  DecisionMismatchCode,
  JsonSyntaxCode,
  ErrorCode,
} from "./problem";

/** The Chinese and English text of a problem, from the two tables. @internal */
export function _messages(code: ProblemCode, params: ProblemParams, severity: _Severity = "error"): { zh: string; en: string } {
  return { zh: zh[code](params, severity), en: en[code](params, severity) };
}

/** A problem `{ code, params, message, messageEn }`, its text from the tables. @internal */
export function _problem<C extends ProblemCode>(code: C, params: ProblemParams = {}): Problem<C> {
  const { zh: message, en: messageEn } = _messages(code, params);
  return { code, params, message, messageEn };
}

/** A located issue `{ path, code, params, message, messageEn }`, its text from the tables. @internal */
export function _validationIssue<C extends ProblemCode>(path: string, code: C, params: ProblemParams = {}): ValidationIssue<C> {
  const { zh: message, en: messageEn } = _messages(code, params);
  return { path, code, params, message, messageEn };
}

/**
 * An error's `message` (English) and `messageZh`, from the tables: the problem's text as a
 * sentence. @internal
 */
export function _errorMessages(code: ProblemCode, params: ProblemParams): { message: string; messageZh: string } {
  const t = _messages(code, params);
  return { message: `${t.en}.`, messageZh: `${t.zh}。` };
}

/** Every code with text, in table order (for the test that each has text in both languages). @internal */
export function _problemCodes(): ProblemCode[] {
  return Object.keys(zh) as ProblemCode[];
}

/** Whether a value is a code of the tables (e.g. the `code` of an error from elsewhere). @internal */
export function _isProblemCode(code: unknown): code is ProblemCode {
  return typeof code === "string" && Object.hasOwn(zh, code);
}

/** A string as `params.received` shows it: cut to 40 characters (with "…"). @internal */
export function _short(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
