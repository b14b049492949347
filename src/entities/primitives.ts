import { z } from "zod";
import { _isoDateKey } from "../_lib/iso-date";
import { parseUscc } from "../identifiers/uscc";
import { _usccCheckCharacter } from "../identifiers/uscc-checksum";

/**
 * The bilingual text of an issue raised by one of our own checks. Zod keeps `message`
 * (English) and `params`; `validate()` reads `params.zh` for the Chinese message, so the
 * host's zod configuration is never touched.
 */
export interface IssueParams {
  /** A stable machine-readable code, e.g. `"uscc_checksum"`. */
  code: string;
  /** 中文说明 */
  zh: string;
}

/** Pushes a custom issue with a Chinese and an English message. @internal */
export function _addIssue(
  ctx: { issues: unknown[]; value: unknown },
  path: PropertyKey[],
  code: string,
  zh: string,
  en: string,
): void {
  // `continue: true`: our checks never make a value unusable for the checks after them, so
  // a bad date inside a unit does not hide the unit's cross-field problems.
  (ctx.issues as z.core.$ZodRawIssue[]).push({ code: "custom", path, message: en, input: ctx.value, continue: true, params: { code, zh } satisfies IssueParams });
}

/** 日期 — a calendar date `YYYY-MM-DD`; impossible dates such as 2025-02-30 are rejected. */
export const IsoDateSchema = z
  .string()
  .check((ctx) => {
    if (_isoDateKey(ctx.value) < 0) {
      const shown: string = ctx.value.slice(0, 40);
      _addIssue(ctx, [], "invalid_date", `日期"${shown}"无效，应为 YYYY-MM-DD 格式的公历日期`, `"${shown}" is not a calendar date YYYY-MM-DD`);
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
    for (const i of result.issues) if (i.severity === "error") _addIssue(ctx, [], i.code, i.message, i.messageEn);
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
  const seen = new Set<unknown>();
  items.forEach((item, index) => {
    const id = item[key];
    if (seen.has(id)) {
      _addIssue(ctx, [listName, index, key], "duplicate_id", `${listName} 中的标识"${String(id)}"重复`, `Duplicate id "${String(id)}" in ${listName}`);
    }
    seen.add(id);
  });
}
