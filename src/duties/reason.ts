import type { DateRange } from "../dates";
import type { Citation } from "../policy";

/**
 * Why a duty decision came out as it did: the rule, the facts it used, the window and the
 * clause it implements, with a sentence in Chinese and English. Its core fields (`rule`,
 * `facts`, `window`, `citation`, `message`, `messageEn`) are those of the supervision
 * module's `SupervisionReason`, so both can be read the same way.
 *
 * Rule ids: `scope.*` ({@link scopeWithReasons}), `size.*` ({@link unitSizeWithReasons}),
 * `staffing.*` ({@link staffingRequirements}, {@link staffingFindings}),
 * `mechanism.*` ({@link mechanismGaps}) and `data-entry.*` ({@link dataEntryDeadlineWithReasons}).
 *
 * @see 宁市监质监〔2023〕146号 二（三）、二（四）、二（五）
 */
export interface DutyReason {
  /** 规则 — the rule id, e.g. `"staffing.director.licence"`. */
  rule: string;
  /**
   * 依据 — what the rule used: ids of people, risk events, inspections and defects; licence
   * and certificate numbers; and, for items without an id, JSON pointers into the unit
   * (`"/records/3"`, `"/assessments/0"`).
   */
  facts: readonly string[];
  /** The dates examined, both ends inclusive, where the rule looks at a period. */
  window?: DateRange;
  /** 出处 — the clause, quoted; a reading says so (`reading: true`, with a note). */
  citation: Citation;
  /** 中文说明 */
  message: string;
  /** English message */
  messageEn: string;
}

/** Builds a frozen-shape reason, omitting an absent window. @internal */
export function _reason(
  rule: string,
  citation: Citation,
  message: string,
  messageEn: string,
  facts: readonly string[] = [],
  window?: DateRange,
): DutyReason {
  const r: DutyReason = { rule, facts, citation, message, messageEn };
  if (window !== undefined) r.window = window;
  return r;
}

/** Every fact of `list`, in order: `list.flatMap((r) => r.facts)` without flatMap's cost. @internal */
export function _factsOf(list: readonly { facts: readonly string[] }[]): string[] {
  const out: string[] = [];
  for (const r of list) for (const f of r.facts) out.push(f);
  return out;
}
