import { _short } from "../entities/messages";
import { checklistItems } from "./checklist-templates";
import { ChecklistMismatchError } from "./errors";
import type { ChecklistResult } from "./response";
import type { ChecklistTemplate } from "./types";

/** The part of a response {@link evaluateChecklist} reads (a parsed {@link ChecklistResponse} fits). @see 宁市监质监〔2023〕146号 附件2/3/4 */
export interface EvaluableChecklistResponse {
  /** 模板 */
  templateId: string;
  /** 模板版本 */
  templateVersion: string;
  /** 各项结果 */
  answers: Readonly<
    Record<
      string,
      {
        /** 结果（附件2/3）/ 是否落实（附件4） — `"yes"`, `"no"` or `"na"`. */
        result: ChecklistResult;
        /** 备注 — copied into the rectification list when the item failed. */
        remark?: string | undefined;
        /** 亮点成效 (附件4) — a non-empty one is listed in `highlights`. */
        highlight?: string | undefined;
      }
    >
  >;
  /** 关键风险点 */
  extraItems?:
    | readonly {
        /** 序号, e.g. `"6.1"` — under the free-form item it is numbered after. */
        id: string;
        /** 关键风险点或风险管控事项 — the key risk point or control item. */
        text: string;
        /** 结果 — `"yes"`, `"no"` or `"na"`. */
        result: ChecklistResult;
        /** 备注 — copied into the rectification list when the sub-item failed. */
        remark?: string | undefined;
        /** 亮点成效 — a non-empty one is listed in `highlights`. */
        highlight?: string | undefined;
      }[]
    | undefined;
}

/**
 * A failed item to be put right (整改): its id, text and remark.
 *
 * @see 宁市监质监〔2023〕146号 附件2/3
 */
export interface RectificationItem {
  /** 序号, e.g. `"2.1"` or `"6.1"`. */
  itemId: string;
  /** 具体任务 (or the extra item's text). */
  text: string;
  /** 备注 */
  remark?: string;
}

/**
 * The evaluation of a response against its template.
 *
 * @see 宁市监质监〔2023〕146号 附件2/3/4
 */
export interface ChecklistEvaluation {
  /** 模板 */
  templateId: string;
  /** 模板版本 */
  templateVersion: string;
  /** 填报完整 — every item of the template has an answer (不适用 counts as an answer). */
  complete: boolean;
  /** 未填项 — template item ids with no answer, in printed order. */
  missing: string[];
  /** 未落实项 — ids answered `"no"` (template items and extra sub-items), in printed order. */
  failed: string[];
  /** 结果计数 — over template items and extra sub-items. */
  counts: {
    /** 是 ✓ — how many answered `"yes"`. */
    yes: number;
    /** 否 ✗ — how many answered `"no"`. */
    no: number;
    /** 不适用 — how many answered `"na"`. */
    na: number;
  };
  /** 整改事项 — each failed item with its text and remark. */
  rectification: RectificationItem[];
  /** 亮点成效 — items with a highlight (附件4), in printed order. */
  highlights: {
    /** 序号 — the item or extra sub-item id, e.g. `"1.1"` or `"6.1"`. */
    itemId: string;
    /** 具体任务 — the item's text as printed (or the extra sub-item's text). */
    text: string;
    /** 亮点成效 — the highlight as given (never empty). */
    highlight: string;
  }[];
  /** 答题项数 — how many template items and extra sub-items were answered. */
  answered: number;
  /** 应答项数 — how many template items there are. */
  itemCount: number;
  /**
   * The rules the decision applied: the template's `{ id, version }`. Evaluation uses no
   * supervision policy (the template is the whole rule set), so the result names the
   * template where other decisions name their `policy`.
   */
  template: {
    /** 模板 — the template's id, e.g. `"supervision"` (附件4). */
    id: string;
    /** 模板版本 — the template's version. */
    version: string;
  };
}

/**
 * Evaluates a filled-in checklist: is it complete, which items failed, the counts of
 * ✓ / ✗ / 不适用, and the list of things to put right.
 *
 * The free-form item (`6` for producers, `5` for sellers) counts as answered when it has
 * its own answer or at least one extra sub-item; each extra sub-item counts in `counts`,
 * and a sub-item answered `"no"` is failed and listed for rectification. Run the response
 * through {@link ChecklistResponseSchema} first: answers for ids the template does not
 * have are reported there, and ignored here.
 *
 * No policy is involved: the template is the rule set, and the result names it as
 * `template: { id, version }` (for an audit record, see `decisionRecord`).
 *
 * @param template - The template the response was filled against.
 * @param response - The response (a parsed {@link ChecklistResponse} or any object of that shape).
 * @returns The evaluation.
 * @throws {@link ChecklistMismatchError} when the response names another template
 *   (`template_mismatch`) or another version (`version_mismatch`).
 * @example
 * ```ts
 * const e = evaluateChecklist(getChecklistTemplate("producer-tasks"), response);
 * e.complete; e.failed; // ["2.1", "6.2"]
 * ```
 * @see 宁市监质监〔2023〕146号 附件2/3/4
 */
export function evaluateChecklist(template: ChecklistTemplate, response: EvaluableChecklistResponse): ChecklistEvaluation {
  if (response.templateId !== template.id) {
    throw new ChecklistMismatchError("template_mismatch", response.templateId, { received: _short(String(response.templateId)), expected: template.id, templateId: template.id });
  }
  if (response.templateVersion !== template.version) {
    throw new ChecklistMismatchError("version_mismatch", response.templateVersion, { received: _short(String(response.templateVersion)), expected: template.version, templateId: template.id });
  }
  const counts = { yes: 0, no: 0, na: 0 };
  const missing: string[] = [];
  const failed: string[] = [];
  const rectification: RectificationItem[] = [];
  const highlights: ChecklistEvaluation["highlights"] = [];
  let answered = 0;
  const items = checklistItems(template);
  const extras = response.extraItems ?? [];
  const answers = response.answers;
  for (const item of items) {
    const answer = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
    const subItems = item.freeForm === true ? _extraItemsOf(item.id, extras) : [];
    if (answer === undefined && subItems.length === 0) missing.push(item.id);
    const rows = [...(answer ? [{ id: item.id, text: item.text, ...answer }] : []), ...subItems];
    for (const row of rows) {
      answered++;
      counts[row.result]++;
      if (row.result === "no") {
        failed.push(row.id);
        rectification.push({ itemId: row.id, text: row.text, ...(row.remark !== undefined ? { remark: row.remark } : {}) });
      }
      if (row.highlight !== undefined && row.highlight !== "") highlights.push({ itemId: row.id, text: row.text, highlight: row.highlight });
    }
  }
  return {
    templateId: template.id,
    templateVersion: template.version,
    complete: missing.length === 0,
    missing,
    failed,
    counts,
    rectification,
    highlights,
    answered,
    itemCount: items.length,
    template: { id: template.id, version: template.version },
  };
}

/**
 * The extra sub-items numbered under a free-form item (`"6.1"`, `"6.2"` … for `"6"`), in
 * number order. @internal
 */
export function _extraItemsOf<T extends { id: string }>(freeFormId: string, extras: readonly T[]): T[] {
  const prefix = `${freeFormId}.`;
  const suffix = (e: T): number => Number(e.id.slice(prefix.length));
  return extras.filter((e) => e.id.startsWith(prefix) && /^\d+$/.test(e.id.slice(prefix.length))).sort((a, b) => suffix(a) - suffix(b));
}
