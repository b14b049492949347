import { describeValue } from "../_lib/describe-value";
import type { ProblemParams } from "../entities";
import { _errorMessages, _short } from "../entities/messages";

/**
 * Thrown by {@link getChecklistTemplate} for an id that names no built-in template.
 * Carries the offending `id`, the `known` ids, their `params`, and a Chinese message
 * (`messageZh`) beside the English `message`, both from the library's message tables.
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
  /** What the messages are built from, as data: the id asked for (`received`) and the known ids (`values`). */
  readonly params: ProblemParams;
  /**
   * @param id - The id asked for.
   * @param known - The ids that exist.
   */
  constructor(id: unknown, known: readonly string[]) {
    const params: ProblemParams = { received: typeof id === "string" ? _short(id) : describeValue(id), values: known.slice() };
    const { message, messageZh } = _errorMessages("unknown_template", params);
    super(message);
    this.id = id;
    this.known = known;
    this.params = params;
    this.messageZh = messageZh;
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
  /**
   * What the messages are built from, as data: the template (`templateId`), what it
   * expects and what was given (`expected`, `received`; the formats in `values`), and the
   * unit (`unitId`).
   */
  readonly params: ProblemParams;
  /**
   * @param code - Which mismatch.
   * @param value - The offending value.
   * @param params - What the messages are built from (see {@link ChecklistMismatchError.params}).
   */
  constructor(code: ChecklistMismatchError["code"], value: unknown, params: ProblemParams) {
    const { message, messageZh } = _errorMessages(code, params);
    super(message);
    this.code = code;
    this.value = value;
    this.params = params;
    this.messageZh = messageZh;
  }
}
