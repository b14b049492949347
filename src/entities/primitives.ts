import { z } from "zod";
import { _isoDateKey } from "../_lib/iso-date";
import { parseUscc } from "../identifiers/uscc";
import { _usccCheckCharacter } from "../identifiers/uscc-checksum";
import { _messages, type ProblemParams, type ValidationIssueCode } from "./messages";

/**
 * What one of the library's own checks puts in a zod custom issue's `params`: its code and
 * the params its messages are built from. `validate()` reads them and takes the text from
 * the message tables, so the host's zod configuration is never touched; zod's own
 * `message` of the issue is the English text.
 */
export interface IssueParams {
  /** A stable machine-readable code, e.g. `"uscc_checksum"`. */
  code: ValidationIssueCode;
  /** What the messages are built from (expected, received, …). */
  params: ProblemParams;
}

/**
 * Pushes a custom issue with its code and params; its text comes from the message tables.
 * `continue: false` for a check whose failure makes the value unusable for the checks after
 * it (zod then skips them). @internal
 */
export function _addIssue(
  ctx: { issues: unknown[]; value: unknown },
  path: PropertyKey[],
  code: ValidationIssueCode,
  params: ProblemParams = {},
  options: { continue?: boolean } = {},
): void {
  // `continue: true` by default: our checks never make a value unusable for the checks after
  // them, so a bad date inside a unit does not hide the unit's cross-field problems.
  (ctx.issues as z.core.$ZodRawIssue[]).push({
    code: "custom",
    path,
    message: _messages(code, params).en,
    input: ctx.value,
    continue: options.continue ?? true,
    params: { code, params } satisfies IssueParams,
  });
}

/** 日期 — a calendar date `YYYY-MM-DD`; impossible dates such as 2025-02-30 are rejected. */
export const IsoDateSchema = z
  .string()
  .check((ctx) => {
    if (_isoDateKey(ctx.value) < 0) {
      _addIssue(ctx, [], "invalid_date", { received: ctx.value.slice(0, 40) });
    }
  })
  .meta({ format: "date", description: "A calendar date YYYY-MM-DD (日期)." });

/** 标识 — a non-empty identifier, unique within its list. */
export const IdSchema = z.string().min(1).max(200).meta({ description: "A non-empty identifier (标识), unique within its list." });

/** 统一社会信用代码 — checked with the GB 32100-2015 checksum. */
export const UsccSchema = z
  .string()
  .check((ctx) => {
    const code = ctx.value;
    // Fast path for the usual valid code: the check character of the first 17 is the 18th
    // (undefined when any of them is outside the alphabet). Only a bad code is parsed for issues.
    if (code.length === 18 && _usccCheckCharacter(code.slice(0, 17)) === code[17]) return;
    const result = parseUscc(code);
    // For a string, parseUscc's errors are only uscc_length, uscc_character and uscc_checksum.
    for (const i of result.issues) if (i.severity === "error") _addIssue(ctx, [], i.code as ValidationIssueCode, i.params);
  })
  .meta({
    description:
      "统一社会信用代码 — unified social credit code, 18 characters of 0-9A-HJ-NPQRTUWXY (GB 32100-2015). JSON Schema checks the form only; the check character (position 18) is verified by validate().",
    pattern: "^[0-9A-HJ-NPQRTUWXY]{18}$",
  });

/**
 * Reports every id that occurs more than once in `items` (by `key`), at the second and
 * later places. @internal
 */
export function _checkUniqueIds(
  ctx: { issues: unknown[]; value: unknown },
  items: readonly Record<string, unknown>[],
  listName: string,
  key = "id",
): void {
  // Fewer than two items repeat nothing: no Set (most of a sparse unit's lists are empty).
  // Stryker disable next-line ConditionalExpression: the loop below finds nothing in fewer than two items either
  if (items.length < 2) return;
  const seen = new Set<unknown>();
  items.forEach((item, index) => {
    const id = item[key];
    if (seen.has(id)) {
      _addIssue(ctx, [listName, index, key], "duplicate_id", { list: listName, received: String(id) });
    }
    seen.add(id);
  });
}
