import { describeValue } from "../_lib/describe-value";

/**
 * Thrown by {@link getChecklistTemplate} for an id that names no built-in template.
 * Carries the offending `id`, the `known` ids, and a Chinese message (`messageZh`).
 *
 * @example
 * ```ts
 * try { getChecklistTemplate("food"); }
 * catch (e) { if (e instanceof ChecklistTemplateNotFoundError) console.log(e.known); }
 * ```
 * @see 宁市监质监〔2023〕146号 附件2/3/4
 */
export class ChecklistTemplateNotFoundError extends Error {
  /** Always `"ChecklistTemplateNotFoundError"` (a literal, so it survives minification). */
  override readonly name = "ChecklistTemplateNotFoundError";
  /** A stable machine-readable code. */
  readonly code = "unknown_template";
  /** 中文说明 */
  readonly messageZh: string;
  /** The id asked for, as given. */
  readonly id: unknown;
  /** The ids that exist. */
  readonly known: readonly string[];
  constructor(id: unknown, known: readonly string[]) {
    super(`No checklist template ${describeValue(id)}; known templates: ${known.join(", ")}.`);
    this.id = id;
    this.known = known;
    this.messageZh = `没有清单模板 ${describeValue(id)}；可用的模板：${known.join("、")}。`;
  }
}

/**
 * Thrown when a response, a unit or an option does not fit the template it is used with:
 * a response for another template or version ({@link evaluateChecklist}), a unit without
 * the template's role or a regulator's template ({@link prefillChecklist}), an unknown
 * render format ({@link renderChecklist}). `code` says which; `value` is the offending value.
 *
 * @example
 * ```ts
 * try { evaluateChecklist(producerTasksTemplate, sellerResponse); }
 * catch (e) { if (e instanceof ChecklistMismatchError) console.log(e.code); } // "template_mismatch"
 * ```
 * @see 宁市监质监〔2023〕146号 附件2/3/4
 */
export class ChecklistMismatchError extends Error {
  /** Always `"ChecklistMismatchError"` (a literal, so it survives minification). */
  override readonly name = "ChecklistMismatchError";
  /** `"template_mismatch"`, `"version_mismatch"`, `"role_mismatch"`, `"not_a_unit_checklist"` or `"unknown_format"`. */
  readonly code: "template_mismatch" | "version_mismatch" | "role_mismatch" | "not_a_unit_checklist" | "unknown_format";
  /** 中文说明 */
  readonly messageZh: string;
  /** The offending value. */
  readonly value: unknown;
  constructor(code: ChecklistMismatchError["code"], value: unknown, messageEn: string, messageZh: string) {
    super(messageEn);
    this.code = code;
    this.value = value;
    this.messageZh = messageZh;
  }
}
